import type { LibraryEntry } from "@/lib/validation/fact-check";

/** The formats the library reads, told from the content (the file name is only a hint). */
export type FeedFormat = "json" | "html" | "csv";

export const FEED_FORMAT_LABELS: Record<FeedFormat, string> = {
  json: "JSON (ClaimReview, a list of them, or a DataFeed)",
  html: "a fact-check page (HTML with ClaimReview JSON-LD)",
  csv: "CSV",
};

/** What reading a feed yields, in the feed's order: an entry, or an item refused with its reason. */
export type FeedEvent = { type: "entry"; position: string; entry: LibraryEntry } | { type: "refused"; position: string; reason: string };

/**
 * The feed cannot be read on (not UTF-8, broken JSON, over a limit, a cut upload): why, in words.
 * What came before it was read; what follows is not.
 */
export class FeedStop extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FeedStop";
  }
}

/** "item 17", "item 17.2" when one item holds several ClaimReviews. */
export function itemPosition(item: number, part?: { index: number; count: number }): string {
  return part && part.count > 1 ? `item ${item}.${part.index + 1}` : `item ${item}`;
}
