export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_TITLE_LENGTH = 300;

export type ImportFormat = "text" | "markdown" | "html";

export type ImportErrorCode =
  | "EMPTY"
  | "TOO_LARGE"
  | "BINARY"
  | "NOT_UTF8"
  | "UNSUPPORTED_TYPE"
  | "NO_TEXT"
  /** An HTML page with nothing credible as an article (menus and links only, a sign-in wall). */
  | "NO_ARTICLE"
  | "TITLE_TOO_LONG"
  | "TOO_COMPLEX";

/** A refusal worded for the person importing: `message` is shown as it is. */
export type ImportError = { code: ImportErrorCode; message: string };

export type ImportResult<T> = ({ ok: true } & T) | { ok: false; error: ImportError };
