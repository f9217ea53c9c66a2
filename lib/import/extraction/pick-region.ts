// Where the article is on a page whose chrome is gone: the smallest (of equals, the innermost) of the
// containers the page itself marks as content (schema.org's articleBody, <article>, <main>) that
// holds most of the words left. A page of several <article> elements (a live blog's entries, a list of cards) holds its
// story in none of them alone, so its <main> or its <body> is the region.
import { countWords } from "./words";

const MARKED_CONTENT = '[itemprop="articleBody"], article, main, [role="main"]';
/** The share of the words left on the page that a marked container must hold to be the region. */
export const MIN_REGION_SHARE = 0.6;

export function pickRegion(body: Element): Element {
  const total = countWords(body.textContent ?? "");
  let region = body;
  let regionWords = total;
  for (const candidate of body.querySelectorAll(MARKED_CONTENT)) {
    const words = countWords(candidate.textContent ?? "");
    if (words >= total * MIN_REGION_SHARE && words <= regionWords) {
      region = candidate;
      regionWords = words;
    }
  }
  return region;
}
