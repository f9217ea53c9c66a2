// What the browser knows of annotations: plain JSON (dates as ISO strings, relations flattened).
// Server code builds these (lib/server/annotations/annotation-view.ts); client code imports them
// from here, never from a `server-only` module.
import type { AnnotationKind, AnnotationStatus, QuoteCheck, SourceStance, VerdictRating } from "@/lib/enums";
import type { RichText } from "@/lib/validation/rich-text";

export type SourceView = {
  id: string;
  url: string;
  title: string | null;
  publisher: string | null;
  /** YYYY-MM-DD */
  accessedOn: string | null;
  archiveUrl: string | null;
  excerpt: string | null;
  stance: SourceStance;
  createdAt: string;
};

export type VerdictView = { rating: VerdictRating; rationale: RichText | null };

export type AnnotationView = {
  id: string;
  articleId: string;
  kind: AnnotationKind;
  status: AnnotationStatus;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  articleRevision: number;
  orphanedAt: string | null;
  claimText: string | null;
  speaker: string | null;
  quoteCheck: QuoteCheck | null;
  quoteOrigin: string | null;
  holder: string | null;
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  author: { id: string; name: string };
  verdict: VerdictView | null;
  sources: SourceView[];
  restsOnIds: string[];
};

/** One line of a card's history, read from the audit trail. */
export type HistoryEntry = { id: string; action: string; actorName: string | null; at: string; before: unknown; after: unknown };
