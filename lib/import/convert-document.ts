import { extractArticle, type Extraction } from "./extract-article";
import { convertHtml } from "./html-to-canonical";
import { markdownToHtml } from "./markdown-to-canonical";
import { nestingProblem } from "./nesting-limits";
import { normaliseText } from "./normalise-text";
import type { PageMetadata } from "./page-metadata";
import type { ImportFormat, ImportResult } from "./types";

export type ConvertedDocument = {
  text: string;
  /** The title the document itself suggests, if any. */
  title: string | null;
  /** For HTML only: what the page says about itself, and whether an article was found in it. */
  metadata: PageMetadata | null;
  extraction: Extraction | null;
};

export type ConvertDocumentInput = { content: string; format: ImportFormat; pageUrl?: string | null };

/**
 * Untrusted document to canonical text. Runs inside the parse worker (lib/import/worker), so a
 * slow or huge document costs that thread, never the server's request loop; nesting that only
 * hostile input has is refused first, with a message.
 */
export function convertDocument({ content, format, pageUrl = null }: ConvertDocumentInput): ImportResult<ConvertedDocument> {
  if (format === "text") {
    // Plain text has no title line to find: its first line is the first paragraph. Every line is a
    // paragraph: articles copied from the web arrive with one line per paragraph, often with no
    // blank lines between them. Hard-wrapped text belongs in a .md file.
    return { ok: true, text: normaliseText(content).replace(/\n+/g, "\n\n"), title: null, metadata: null, extraction: null };
  }
  if (format === "markdown") {
    const tooDeep = nestingProblem(content, "markdown");
    if (tooDeep) return { ok: false, error: { code: "TOO_COMPLEX", message: tooDeep } };
    const html = markdownToHtml(content);
    const htmlTooDeep = nestingProblem(html, "html");
    if (htmlTooDeep) return { ok: false, error: { code: "TOO_COMPLEX", message: htmlTooDeep } };
    // Markdown is rendered to HTML and reduced like any HTML, so raw HTML inside it (scripts
    // included) gets the same treatment. The title is the first heading of any level.
    const { text, firstHeading } = convertHtml(html);
    return { ok: true, text, title: firstHeading, metadata: null, extraction: null };
  }
  const tooDeep = nestingProblem(content, "html");
  if (tooDeep) return { ok: false, error: { code: "TOO_COMPLEX", message: tooDeep } };
  const page = extractArticle(content, pageUrl);
  if (!page.ok) return { ok: false, error: { code: "NO_ARTICLE", message: page.message } };
  return { ok: true, text: page.text, title: page.metadata.title, metadata: page.metadata, extraction: page.extraction };
}
