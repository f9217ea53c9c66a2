import { tooLargeMessage } from "./byte-size";
import { MAX_IMPORT_BYTES, type ImportError, type ImportResult } from "./types";

const BINARY: ImportError = { code: "BINARY", message: "This is not a text file. Upload the article as a .txt, .md or .html file." };
const NOT_UTF8: ImportError = { code: "NOT_UTF8", message: "This file is not UTF-8 text. Save it as UTF-8 and try again." };
const EMPTY: ImportError = { code: "EMPTY", message: "The file is empty." };

// Real text may hold the odd stray control character (a DOS end-of-file mark, a form feed);
// binary data that happens to be valid UTF-8 holds many.
const MAX_CONTROL_SHARE = 0.01;
const CONTROL = /[\u0001-\u0008\u000e-\u001f\u007f]/g;
const VISIBLE = /[^\s\u0000-\u001f\u007f\u200b\u2060\ufeff]/;

/** Bytes of an uploaded file to text, or the reason, in plain words, why it cannot be an article. */
export function decodeUpload(bytes: Uint8Array): ImportResult<{ text: string }> {
  if (bytes.length === 0) return { ok: false, error: EMPTY };
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, error: { code: "TOO_LARGE", message: tooLargeMessage("file", bytes.length) } };
  // UTF-16 is text too, but its NUL bytes would get it called binary; naming the encoding helps more.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, error: NOT_UTF8 };
  if (bytes.includes(0)) return { ok: false, error: BINARY };

  let text: string;
  try {
    // ignoreBOM: false makes the decoder drop a leading byte order mark.
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, error: NOT_UTF8 };
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) return { ok: false, error: BINARY };
  if (!VISIBLE.test(text)) return { ok: false, error: EMPTY };
  return { ok: true, text };
}
