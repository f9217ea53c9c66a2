export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_TITLE_LENGTH = 300;

export type ImportFormat = "text" | "markdown" | "html";

export type ImportErrorCode = "EMPTY" | "TOO_LARGE" | "BINARY" | "NOT_UTF8" | "UNSUPPORTED_TYPE" | "NO_TEXT" | "TITLE_TOO_LONG";
export type ImportError = { code: ImportErrorCode; message: string };
