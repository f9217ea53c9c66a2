// Turns an uploaded or pasted article into the canonical text every annotation span refers to.
export { MAX_IMPORT_BYTES, MAX_TITLE_LENGTH, type ImportError, type ImportErrorCode, type ImportFormat, type ImportResult } from "./types";
export { formatFromFileName } from "./format-from-file-name";
export { decodeUpload } from "./decode-upload";
export { normaliseText } from "./normalise-text";
export { htmlToCanonical } from "./html-to-canonical";
export { markdownToCanonical } from "./markdown-to-canonical";
export { contentHash, prepareImport, type PreparedImport } from "./prepare-import";
export { LIMIT_LABEL, textSizeProblem } from "./byte-size";
