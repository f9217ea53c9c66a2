import { isProbablyReaderable } from "@mozilla/readability";
import { removeHiddenAndFurniture } from "./extraction/clean-document";
import { NO_ARTICLE_MESSAGES, noArticleReason, type NoArticleReason } from "./extraction/credibility";
import { fallbackArticle } from "./extraction/fallback-article";
import { hasSignInWall } from "./extraction/gate-signals";
import { articleBodyText, isMarkedPaywalled } from "./extraction/json-ld-article-body";
import { readabilityText } from "./extraction/readability-text";
import { readDocument } from "./extraction/read-document";
import { countTextWords } from "./extraction/element-stats";
import { countProseWords, countWords } from "./extraction/words";
import { articleJsonLd, headline, readPageMetadata, type PageMetadata } from "./page-metadata";

/** "article": Readability found the article; "fallback": it did not, and the fallback extractor did. */
export type Extraction = "article" | "fallback";

export type ExtractedPage =
  | { ok: true; text: string; metadata: PageMetadata; extraction: Extraction }
  /** Nothing credible on the page: no text, a reason and a message that offers pasting instead. */
  | { ok: false; metadata: PageMetadata; reason: NoArticleReason; message: string };

// Less than this from Readability is a teaser or a notice, not its article: the fallback looks again.
const MIN_ARTICLE_CHARACTERS = 250;

/**
 * The article in a page: metadata read from the whole page first, then Mozilla's Readability on
 * linkedom's DOM. When Readability finds none, the fallback extractor (lib/import/extraction) reads
 * the page without its menus, links and notices; when that leaves nothing credible either, the page
 * is refused with the reason. Never the whole page as it is.
 */
export function extractArticle(html: string, pageUrl: string | null): ExtractedPage {
  const document = readDocument(html);
  const metadata = readPageMetadata(document, pageUrl);
  const ld = articleJsonLd(document);
  const isGated = hasSignInWall(document) || isMarkedPaywalled(ld);
  const articleBody = articleBodyText(ld);
  removeHiddenAndFurniture(document);
  // The page's own words, chrome and all: what is not kept of them is its chrome.
  const pageWords = countTextWords(document.body);

  // Readability would make an "article" of a section front's teasers; its own pre-check tells them apart.
  const readerable = isProbablyReaderable(document);
  const found = readerable ? readabilityText(document, MIN_ARTICLE_CHARACTERS) : null;
  if (found && found.text.length >= MIN_ARTICLE_CHARACTERS) {
    const title = metadata.title ?? headline(found.title, metadata.publisher, null);
    const page = { ...metadata, title, byline: metadata.byline ?? found.byline };
    const text = withHeadline(title, found.text);
    return judged(text, page, "article", { pageWords, isGated });
  }

  // Readability changed the document it read: the fallback reads the page afresh.
  const fresh = readerable ? readDocument(html) : document;
  if (readerable) removeHiddenAndFurniture(fresh);
  const text = withHeadline(metadata.title, fallbackArticle(fresh, articleBody));
  return judged(text, metadata, "fallback", { pageWords, isGated });
}

/** Headlines make claims too: Readability drops the headline from the body, so it leads the text. */
function withHeadline(title: string | null, body: string): string {
  return title && body && !body.startsWith(title) ? `${title}\n\n${body}` : body;
}

function judged(
  text: string,
  metadata: PageMetadata,
  extraction: Extraction,
  { pageWords, isGated }: { pageWords: number; isGated: boolean },
): ExtractedPage {
  const chromeWords = Math.max(0, pageWords - countWords(text));
  const reason = noArticleReason({ proseWords: countProseWords(text), chromeWords, isGated });
  if (reason) return { ok: false, metadata, reason, message: NO_ARTICLE_MESSAGES[reason] };
  return { ok: true, text, metadata, extraction };
}
