// What the library accepts from a feed, and where reading stops. Every limit is a refusal with a
// message, never a crash: an item over its limit is refused alone, a feed over its limit stops
// there (the items before it stay imported, and importing it again only counts them as duplicates).

/** The claim as reviewed, the headline and every web address, in characters after cleaning. */
export const MAX_CLAIM_CHARS = 5_000;
export const MAX_HEADLINE_CHARS = 1_000;
export const MAX_URL_CHARS = 2_048;
/** Names (publisher, claimant) and the rating's words. */
export const MAX_NAME_CHARS = 500;

/** One item of a feed (a ClaimReview with everything around it), in characters of its JSON. */
export const MAX_ITEM_CHARS = 256 * 1024;
/** Levels of objects and arrays inside one item. */
export const MAX_ITEM_DEPTH = 32;
/** One string or number anywhere in a feed: past it the feed cannot be read on. */
export const MAX_VALUE_CHARS = 1024 * 1024;
/** Levels of nesting anywhere in a JSON feed: past it the feed cannot be read on. */
export const MAX_FEED_DEPTH = 512;
/** A whole feed, file or upload. */
export const MAX_FEED_BYTES = 256 * 1024 * 1024;
/** One `<script type="application/ld+json">` of a page. */
export const MAX_SCRIPT_CHARS = 4 * 1024 * 1024;

export const MAX_FEED_LABEL = "256 MB";
