// Mozilla's Readability (the engine of Firefox's reader view) on linkedom's DOM. What it keeps still
// goes through the chrome rules (a skip link or a list of story cards can pass for an article), then
// becomes canonical text by the same converter as any HTML, so paragraphs, lists and headings keep
// their shape. Readability changes the document it reads.
import { Readability } from "@mozilla/readability";
import { convertHtml } from "../html-to-canonical";
import { pruneChrome } from "./prune-chrome";
import { readDocument } from "./read-document";

export type ReadabilityText = { text: string; title: string | null; byline: string | null };

/** A shorter result makes Readability try again with fewer of its rules (0 means its default, 500). */
export function readabilityText(document: Document, charThreshold: number): ReadabilityText | null {
  let article: ReturnType<Readability["parse"]> = null;
  try {
    // Classes kept: the chrome rules read them.
    article = new Readability(document, { charThreshold, keepClasses: true }).parse();
  } catch {
    return null; // Readability gives up on odd documents by throwing.
  }
  if (!article?.content) return null;
  const { body } = readDocument(article.content);
  pruneChrome(body);
  return {
    text: convertHtml(body.outerHTML).text,
    title: article.title ?? null,
    byline: article.byline?.replace(/^\s*by\s+/i, "").trim() || null,
  };
}
