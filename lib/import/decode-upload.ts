import { MAX_IMPORT_BYTES, type ImportError, type ImportFormat } from "./types";

export function formatFromFileName(name: string): ImportFormat | null {
  const extension = name.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (extension === "txt" || extension === "text") return "text";
  if (extension === "md" || extension === "markdown") return "markdown";
  if (extension === "html" || extension === "htm") return "html";
  return null;
}

function megabytes(bytes: number) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Bytes of an uploaded file to text, refusing what cannot be an article (with a reason a person understands). */
export function decodeUpload(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: ImportError } {
  if (bytes.length === 0) return { ok: false, error: { code: "EMPTY", message: "The file is empty." } };
  if (bytes.length > MAX_IMPORT_BYTES) {
    return { ok: false, error: { code: "TOO_LARGE", message: `The file is ${megabytes(bytes.length)}; the limit is 2 MB.` } };
  }
  // NUL never occurs in text; finding one means an image, a PDF or another binary format.
  if (bytes.includes(0)) {
    return { ok: false, error: { code: "BINARY", message: "This is a binary file, not a text file. Upload a .txt, .md or .html file." } };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, error: { code: "NOT_UTF8", message: "This file is not UTF-8 text. Save it as UTF-8 and try again." } };
  }
  // Other control characters in quantity also mean binary data that happened to be valid UTF-8.
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) {
    return { ok: false, error: { code: "BINARY", message: "This is a binary file, not a text file. Upload a .txt, .md or .html file." } };
  }
  if (!text.trim()) return { ok: false, error: { code: "EMPTY", message: "The file is empty." } };
  return { ok: true, text };
}
