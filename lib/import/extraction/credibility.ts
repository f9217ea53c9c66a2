// Whether what the fallback extractor kept is an article worth annotating, and if not, why not,
// in words for the person importing. Pure: it judges counts the extractor measured.

export type NoArticleReason = "GATED" | "NO_ARTICLE_FOUND";

export type KeptText = {
  /** Those in paragraphs that read as prose (see PROSE_PARAGRAPH_WORDS). */
  proseWords: number;
  /** Words of the page that were not kept: its menus, links, notices and footers. */
  chromeWords: number;
  /** The page asks for a sign-in or a subscription (gate-signals.ts). */
  isGated: boolean;
};

/** A short news story has a few sentences; less prose than this amid a site's chrome is no article. */
export const MIN_PROSE_WORDS = 50;
/**
 * Behind a sign-in wall, what shows is a teaser: the headline, a standfirst, the first paragraph or
 * two. That much is not the article, and importing it would annotate a fragment.
 */
export const MIN_GATED_PROSE_WORDS = 150;
/** A bare document (a saved snippet, an upload of the article alone) has no more chrome than this. */
export const MAX_BARE_PAGE_CHROME_WORDS = 10;

/** Null when the text is credible; otherwise the reason the page has no article to import. */
export function noArticleReason({ proseWords, chromeWords, isGated }: KeptText): NoArticleReason | null {
  if (isGated && proseWords < MIN_GATED_PROSE_WORDS) return "GATED";
  // A bare document of a few lines is taken as it is; a page with a site around it must show prose.
  if (proseWords < MIN_PROSE_WORDS && chromeWords > MAX_BARE_PAGE_CHROME_WORDS) return "NO_ARTICLE_FOUND";
  return null;
}

const PASTE_INSTEAD = "Open the article in your browser, copy its text and paste it instead.";

export const NO_ARTICLE_MESSAGES: Record<NoArticleReason, string> = {
  GATED: `This page asks you to sign in or subscribe before it shows the article, so there is no article text to import. ${PASTE_INSTEAD}`,
  NO_ARTICLE_FOUND: `No article was found on this page: it shows only menus, links and notices (a section front, an index or a sign-up page). ${PASTE_INSTEAD}`,
};
