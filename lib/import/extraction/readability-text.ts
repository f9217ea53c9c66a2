// Mozilla's Readability (the engine of Firefox's reader view) on linkedom's DOM, its HTML turned
// into canonical text by the same converter as any HTML, so paragraphs, lists and headings keep
// their shape. Readability changes the document it reads.
import { Readability } from "@mozilla/readability";
import { convertHtml } from "../html-to-canonical";

export type ReadabilityText = { text: string; title: string | null; byline: string | null };

/** A shorter result makes Readability try again with fewer of its rules (0 means its default, 500). */
export function readabilityText(document: Document, charThreshold: number): ReadabilityText | null {
  let article: ReturnType<Readability["parse"]> = null;
  try {
    article = new Readability(document, { charThreshold, keepClasses: false }).parse();
  } catch {
    return null; // Readability gives up on odd documents by throwing.
  }
  if (!article?.content) return null;
  return {
    text: convertHtml(article.content).text,
    title: article.title ?? null,
    byline: article.byline?.replace(/^\s*by\s+/i, "").trim() || null,
  };
}
