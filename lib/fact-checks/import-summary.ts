import type { FeedFormat } from "./feed/feed-event";

/** How far an import has come: bytes read and items seen, and what became of them so far. */
export type ImportProgress = {
  bytes: number;
  /** The total when known (a file's size), for a progress bar. */
  totalBytes: number | null;
  items: number;
  added: number;
  updated: number;
  duplicates: number;
  refused: number;
};

export type ImportRefusal = { position: string; reason: string };

/** What an import did, for the page, the command and the audit trail. */
export type ImportSummary = ImportProgress & {
  format: FeedFormat | null;
  /** The first refusals in the feed's order (the count is `refused`). */
  refusals: ImportRefusal[];
  /** Why reading stopped before the end of the feed, when it did: what came before was imported. */
  stopped: string | null;
  notices: string[];
};

export const MAX_LISTED_REFUSALS = 100;

/** "12 added, 3 updated, 5 duplicates, 1 refused". */
export function describeCounts(summary: Pick<ImportSummary, "added" | "updated" | "duplicates" | "refused">): string {
  const count = (n: number) => n.toLocaleString("en");
  return `${count(summary.added)} added, ${count(summary.updated)} updated, ${count(summary.duplicates)} ${summary.duplicates === 1 ? "duplicate" : "duplicates"}, ${count(summary.refused)} refused`;
}
