// The extractor for pages Readability gives up on (short articles, unusual markup): the page
// without its chrome (prune-chrome.ts), narrowed to the container the page marks as its content
// (pick-region.ts), else to what Readability finds with no length threshold; the publisher's own
// articleBody when the page shows much less than that. Never the whole page as it is.
import { convertHtml } from "../html-to-canonical";
import { pickRegion } from "./pick-region";
import { pruneChrome } from "./prune-chrome";
import { readabilityText } from "./readability-text";
import { countProseWords, countWords } from "./words";

/** Readability's narrower cut is taken when it keeps at least this share of the region's prose. */
const MIN_READABILITY_SHARE = 0.8;
/**
 * Readability's time grows faster than a page's size (23 s on a 1 MB page of deep nesting that the
 * rest of the fallback reads in 3 s); news pages have a few thousand elements. Beyond this many the
 * narrower cut is skipped rather than the parse worker's time budget spent on it.
 */
const MAX_READABILITY_ELEMENTS = 10_000;
/** articleBody is taken over the page's own text when it has this much more to say. */
const ARTICLE_BODY_GAIN = 1.25;

/** The article text found in `document`, which is changed in place. */
export function fallbackArticle(document: Document, articleBody: string | null): string {
  const body = document.body;
  pruneChrome(body);
  const region = pickRegion(body);
  let text = convertHtml(region.outerHTML).text;
  // No container marked as content: Readability, with no length threshold, tells the story from
  // what is left around it (a copyright line, a lone label).
  if (region === body && body.querySelectorAll("*").length <= MAX_READABILITY_ELEMENTS) {
    // Readability reads a threshold of 0 as its default (500 characters); 1 is the lowest there is.
    const narrower = readabilityText(document, 1)?.text ?? "";
    if (countWords(narrower) >= countProseWords(text) * MIN_READABILITY_SHARE && narrower) text = narrower;
  }
  if (articleBody && countWords(articleBody) > countWords(text) * ARTICLE_BODY_GAIN) text = articleBody;
  return text;
}
