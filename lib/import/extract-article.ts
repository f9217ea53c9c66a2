import { isProbablyReaderable, Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { convertHtml } from "./html-to-canonical";
import { headline, readPageMetadata, type PageMetadata } from "./page-metadata";

/** "article": Readability found the article; "whole-page": it did not, and the whole page's text is used. */
export type Extraction = "article" | "whole-page";

export type ExtractedPage = { text: string; metadata: PageMetadata; extraction: Extraction };

// Never article text, and Readability would otherwise weigh some of them as content.
const REMOVED =
  'script, style, noscript, template, iframe, object, embed, form, button, select, textarea, [hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i], [style*="visibility:hidden" i], [style*="visibility: hidden" i]';
// Boxes that interrupt articles (newsletter sign-ups, share bars, donation appeals) and that
// Readability's own class-name rules miss. Only small boxes go: a big element with such a class is
// more likely a wrapper around the article than furniture inside it.
const FURNITURE =
  '[class*="newsletter" i], [class*="signup" i], [class*="sign-up" i], [class*="subscribe" i], [class*="share" i], [class*="donate" i], [class*="promo" i], [id*="newsletter" i]';
const MAX_FURNITURE_CHARACTERS = 1000;
// Less than this is a teaser or a cookie notice, not an article: fall back to the whole page.
const MIN_ARTICLE_CHARACTERS = 250;

/**
 * The article in a page: metadata read from the whole page first, then Mozilla's Readability on
 * linkedom's DOM; its HTML becomes canonical text through the same converter as any HTML, so
 * paragraphs, lists and headings keep their shape. Without an article, the whole page.
 */
export function extractArticle(html: string, pageUrl: string | null): ExtractedPage {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document as unknown as Document, pageUrl);
  for (const element of document.querySelectorAll(REMOVED)) element.remove();
  for (const element of document.querySelectorAll(FURNITURE))
    if (!/^(ARTICLE|MAIN|BODY|HTML)$/.test(element.tagName) && (element.textContent?.length ?? 0) < MAX_FURNITURE_CHARACTERS)
      element.remove();
  // Readability would make an "article" of a section front's teasers; its own pre-check tells them apart.
  if (!isProbablyReaderable(document as unknown as Document)) return { text: convertHtml(html).text, extraction: "whole-page", metadata };

  let article: ReturnType<Readability["parse"]> = null;
  try {
    // Readability reads the page's address for relative links; linkedom's document has none.
    article = new Readability(document as unknown as Document, { charThreshold: MIN_ARTICLE_CHARACTERS, keepClasses: false }).parse();
  } catch {
    article = null; // Readability gives up on odd documents by throwing: the whole page is the answer.
  }
  const body = article?.content ? convertHtml(article.content).text : "";
  if (body.length >= MIN_ARTICLE_CHARACTERS) {
    const title = metadata.title ?? headline(article?.title ?? null, metadata.publisher, null);
    return {
      // Readability drops the headline from the body; headlines make claims too, so it leads the text.
      text: title && !body.startsWith(title) ? `${title}\n\n${body}` : body,
      extraction: "article",
      metadata: { ...metadata, title, byline: metadata.byline ?? (article?.byline?.replace(/^\s*by\s+/i, "").trim() || null) },
    };
  }
  return { text: convertHtml(html).text, extraction: "whole-page", metadata };
}
