// Helpers for the library's tests: ClaimReview nodes as publishers write them, and a whole feed read into lists.
import { FeedStop, type FeedFormat } from "./feed/feed-event";
import { openFactCheckFeed } from "./feed/open-feed";
import type { LibraryEntry } from "@/lib/validation/fact-check";

/** A ClaimReview as Google's documentation shows it, with a unique URL and claim for `n`. */
export function claimReviewNode(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `https://factcheck.example/reviews/${n}`,
    claimReviewed: `Claim number ${n}: the moon landing was filmed in a studio`,
    headline: `Fact check ${n}: no, the moon landing was not staged`,
    datePublished: "2024-03-05T09:30:00+01:00",
    inLanguage: "en",
    author: { "@type": "Organization", name: "Example Checks", url: "https://factcheck.example" },
    reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "False" },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": "Person", name: "A. Blogger" },
      datePublished: "2024-02-28",
      appearance: [{ "@type": "CreativeWork", url: `https://social.example/posts/${n}` }],
    },
    ...overrides,
  };
}

/** A schema.org DataFeed of the given ClaimReviews, one per DataFeedItem. */
export function dataFeed(items: unknown[]): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "DataFeed",
    name: "Example Checks feed",
    dateModified: "2024-03-06T00:00:00Z",
    dataFeedElement: items.map((item) => ({ "@type": "DataFeedItem", dateCreated: "2024-03-05", item })),
  };
}

export type FeedReadout = {
  format: FeedFormat | null;
  entries: { position: string; entry: LibraryEntry }[];
  refused: { position: string; reason: string }[];
  stop: string | null;
  notices: string[];
  bytes: number;
};

/** Reads a whole feed (text, bytes, or chunks of either) into what it yielded, and where it stopped. */
export async function readFeed(input: string | Uint8Array | (string | Uint8Array)[], fileName?: string): Promise<FeedReadout> {
  const chunks = (Array.isArray(input) ? input : [input]).map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk));
  const counter = { bytes: 0 };
  const readout: FeedReadout = { format: null, entries: [], refused: [], stop: null, notices: [], bytes: 0 };
  try {
    const feed = await openFactCheckFeed(
      (async function* () {
        yield* chunks;
      })(),
      { fileName, counter },
    );
    readout.format = feed.format;
    readout.notices = feed.notices;
    for await (const event of feed.events) {
      if (event.type === "entry") readout.entries.push({ position: event.position, entry: event.entry });
      else readout.refused.push({ position: event.position, reason: event.reason });
    }
  } catch (error) {
    if (!(error instanceof FeedStop)) throw error;
    readout.stop = error.message;
  }
  readout.bytes = counter.bytes;
  return readout;
}
