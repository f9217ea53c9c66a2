export { MAX_IMPORT_BYTES, MAX_TITLE_LENGTH, type ImportError, type ImportErrorCode, type ImportFormat } from "./types";
export { decodeUpload, formatFromFileName } from "./decode-upload";
export { normaliseText } from "./normalise-text";
export { htmlToCanonical } from "./html-to-canonical";
export { markdownToCanonical } from "./markdown-to-canonical";
export { contentHash, prepareImport, type PreparedImport } from "./prepare-import";
