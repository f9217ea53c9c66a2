import { createHash } from "node:crypto";
import { textSizeProblem } from "./byte-size";
import { convertDocument } from "./convert-document";
import type { Extraction } from "./extract-article";
import { cleanTitle, PREVIEW_TITLE_LENGTH, truncateTitle } from "./derive-title";
import type { PageMetadata } from "./page-metadata";
import { MAX_TITLE_LENGTH, type ImportFormat, type ImportResult } from "./types";
import { convertInWorker } from "./worker/parse-pool";

export type PreparedImport = {
  text: string;
  title: string;
  contentHash: string;
  /** HTML only: the page's own metadata, to prefill what the person importing has not typed. */
  metadata: PageMetadata | null;
  /** HTML only: "fallback" when Readability found no article and the fallback extractor did, so the person importing is told. */
  extraction: Extraction | null;
};

const FORMATS: readonly ImportFormat[] = ["text", "markdown", "html"];

/**
 * Converts, normalises, titles and hashes an article. The conversion runs in a worker thread
 * (lib/import/worker) with a time and memory budget, so no document can stall the server; every
 * refusal comes back as data with a message. A title found in the document stays in the text, so
 * the text is the article exactly as published.
 */
export async function prepareImport(input: {
  content: string;
  format: ImportFormat;
  title?: string | null;
  /** The address a fetched page came from, for its relative links and canonical URL. */
  pageUrl?: string | null;
  /** Limit on the content's size, when it is larger than the article's (a whole web page). */
  maxContentBytes?: number;
}): Promise<ImportResult<PreparedImport>> {
  // The format may come from a form field, so it is checked at run time as well.
  if (!FORMATS.includes(input.format))
    return { ok: false, error: { code: "UNSUPPORTED_TYPE", message: "Only plain text, Markdown and HTML can be imported." } };
  if (typeof input.content !== "string") return { ok: false, error: { code: "EMPTY", message: "There is no text to import." } };
  // Pasted text never went through decodeUpload's size check.
  const tooLarge = input.maxContentBytes === undefined ? textSizeProblem("text", input.content) : null;
  if (tooLarge) return { ok: false, error: { code: "TOO_LARGE", message: tooLarge } };

  const explicit = cleanTitle(input.title ?? "");
  if (explicit.length > MAX_TITLE_LENGTH) {
    return {
      ok: false,
      error: { code: "TITLE_TOO_LONG", message: `The title is ${explicit.length} characters; the limit is ${MAX_TITLE_LENGTH}.` },
    };
  }

  const job = { content: input.content, format: input.format, pageUrl: input.pageUrl ?? null };
  // Plain text is only normalised (regular expressions linear in its length): no worker needed.
  const converted = input.format === "text" ? convertDocument(job) : await convertInWorker(job);
  if (!converted.ok) return converted;
  if (!converted.text)
    return { ok: false, error: { code: "NO_TEXT", message: "No article text was found. Check that it holds the article itself." } };
  // A web page may be larger than the limit; the article taken from it may not.
  const textTooLarge = textSizeProblem("text", converted.text);
  if (textTooLarge) return { ok: false, error: { code: "TOO_LARGE", message: textTooLarge } };

  const found = converted.title ? truncateTitle(cleanTitle(converted.title), MAX_TITLE_LENGTH) : "";
  const title = explicit || found || truncateTitle(cleanTitle(converted.text.split("\n", 1)[0] ?? ""), PREVIEW_TITLE_LENGTH);
  return {
    ok: true,
    text: converted.text,
    title,
    contentHash: contentHash(converted.text),
    metadata: converted.metadata,
    extraction: converted.extraction,
  };
}

/** SHA-256 of the canonical text: equal texts are the same article, whatever their line endings were. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
