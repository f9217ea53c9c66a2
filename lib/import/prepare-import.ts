import { createHash } from "node:crypto";
import { htmlToCanonical } from "./html-to-canonical";
import { markdownToCanonical } from "./markdown-to-canonical";
import { normaliseText } from "./normalise-text";
import { MAX_TITLE_LENGTH, type ImportError, type ImportFormat } from "./types";

const PREVIEW_TITLE_LENGTH = 120;

export type PreparedImport = { ok: true; text: string; title: string; contentHash: string };

/** Converts, normalises, titles and hashes an article; the text keeps its heading or first line. */
export function prepareImport(input: { content: string; format: ImportFormat; title?: string | null }): PreparedImport | { ok: false; error: ImportError } {
  const converted =
    input.format === "html" ? htmlToCanonical(input.content) : input.format === "markdown" ? markdownToCanonical(input.content) : plainTextToCanonical(input.content);
  if (!converted.text) return { ok: false, error: { code: "NO_TEXT", message: "No article text was found in it." } };

  const explicit = input.title?.trim().replace(/\s+/g, " ");
  if (explicit && explicit.length > MAX_TITLE_LENGTH) {
    return { ok: false, error: { code: "TITLE_TOO_LONG", message: `The title can be at most ${MAX_TITLE_LENGTH} characters.` } };
  }
  const title = explicit || truncateTitle(converted.title ?? converted.text.split("\n")[0]!);
  return { ok: true, text: converted.text, title, contentHash: contentHash(converted.text) };
}

/**
 * In plain text every line is a paragraph: articles copied from the web arrive with one line per
 * paragraph, often without blank lines between them. Hard-wrapped text belongs in a .md file.
 */
function plainTextToCanonical(content: string) {
  return { text: normaliseText(content).replace(/\n+/g, "\n\n"), title: null };
}

export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Cuts at a word boundary so a derived title never ends mid-word. */
function truncateTitle(line: string): string {
  const clean = line.replace(/\s+/g, " ").trim();
  if (clean.length <= PREVIEW_TITLE_LENGTH) return clean;
  const cut = clean.slice(0, PREVIEW_TITLE_LENGTH);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–—-]+$/, "")}…`;
}
