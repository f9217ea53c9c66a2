import { createHash } from "node:crypto";
import { textSizeProblem } from "./byte-size";
import { cleanTitle, PREVIEW_TITLE_LENGTH, truncateTitle } from "./derive-title";
import { htmlToCanonical } from "./html-to-canonical";
import { markdownToCanonical } from "./markdown-to-canonical";
import { normaliseText } from "./normalise-text";
import { MAX_TITLE_LENGTH, type ImportFormat, type ImportResult } from "./types";

export type PreparedImport = { text: string; title: string; contentHash: string };

const CONVERTERS: Record<ImportFormat, (content: string) => { text: string; title: string | null }> = {
  // Plain text has no title line to find: its first line is the first paragraph. Every line is a
  // paragraph: articles copied from the web arrive with one line per paragraph, often with no
  // blank lines between them. Hard-wrapped text belongs in a .md file.
  text: (content) => ({ text: normaliseText(content).replace(/\n+/g, "\n\n"), title: null }),
  markdown: markdownToCanonical,
  html: htmlToCanonical,
};

/**
 * Converts, normalises, titles and hashes an article. A title found in the document (or taken
 * from its first line) stays in the text, so the text is the article exactly as published.
 */
export function prepareImport(input: { content: string; format: ImportFormat; title?: string | null }): ImportResult<PreparedImport> {
  // The format may come from a form field, so it is checked at run time as well.
  const convert = Object.hasOwn(CONVERTERS, input.format) ? CONVERTERS[input.format] : undefined;
  if (!convert) return { ok: false, error: { code: "UNSUPPORTED_TYPE", message: "Only plain text, Markdown and HTML can be imported." } };
  // Pasted text never went through decodeUpload's size check.
  const tooLarge = textSizeProblem("text", input.content);
  if (tooLarge) return { ok: false, error: { code: "TOO_LARGE", message: tooLarge } };

  const explicit = cleanTitle(input.title ?? "");
  if (explicit.length > MAX_TITLE_LENGTH) {
    return {
      ok: false,
      error: { code: "TITLE_TOO_LONG", message: `The title is ${explicit.length} characters; the limit is ${MAX_TITLE_LENGTH}.` },
    };
  }

  const converted = convert(input.content);
  if (!converted.text)
    return { ok: false, error: { code: "NO_TEXT", message: "No article text was found. Check that it holds the article itself." } };

  const found = converted.title ? truncateTitle(cleanTitle(converted.title), MAX_TITLE_LENGTH) : "";
  const title = explicit || found || truncateTitle(cleanTitle(converted.text.split("\n", 1)[0] ?? ""), PREVIEW_TITLE_LENGTH);
  return { ok: true, text: converted.text, title, contentHash: contentHash(converted.text) };
}

/** SHA-256 of the canonical text: equal texts are the same article, whatever their line endings were. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
