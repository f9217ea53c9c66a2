// What the browser knows of annotations: plain JSON (dates as ISO strings, relations flattened).
// Server code builds these (lib/server/annotations/annotation-view.ts); client code imports them
// from here, never from a `server-only` module.
import type { AuditEvent } from "@/lib/audit/audit-events";
import type { CardColumns } from "@/lib/annotations/card-fields";
import type { AnnotationKind, AnnotationStatus, ReviewOutcome, SourceStance, VerdictRating } from "@/lib/enums";
import type { RichText } from "@/lib/validation/rich-text";

export type SourceView = {
  id: string;
  url: string;
  title: string | null;
  publisher: string | null;
  /** YYYY-MM-DD */
  accessedOn: string | null;
  /** YYYY-MM-DD: when the source itself was published. */
  publishedOn: string | null;
  archiveUrl: string | null;
  excerpt: string | null;
  stance: SourceStance;
  createdAt: string;
};

/** A rating copied as a draft from an earlier fact-check: whose rating it was, in their words. */
export type CopiedRating = { factCheckId: string; publisher: string | null; ratingName: string | null };

/** `copiedFrom` only while the rating is the copied draft: a person setting the rating by hand clears it. */
export type VerdictView = { rating: VerdictRating; rationale: RichText | null; copiedFrom?: CopiedRating };

/** A reviewer's decision on one version of an annotation. */
export type ReviewView = {
  id: string;
  outcome: ReviewOutcome;
  /** Required when changes are requested or the annotation is dismissed. */
  reason: string | null;
  /** The annotation version that was reviewed. */
  version: number;
  reviewer: { id: string; name: string };
  at: string;
};

/** The card's column fields (claimText, speaker, …) come from lib/annotations/card-fields.ts. */
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
  version: number;
  createdAt: string;
  updatedAt: string;
  author: { id: string; name: string };
  /** Who made the latest change (four-eyes: they may not review it). */
  lastEditedById: string | null;
  verdict: VerdictView | null;
  sources: SourceView[];
  restsOnIds: string[];
  /** Oldest first. */
  reviews: ReviewView[];
} & CardColumns;

/**
 * One line of a card's history, read from the audit trail: an event of the audit union, or a row
 * that does not fit it (`action: null`, shown as a neutral line).
 */
export type HistoryEntry = { id: string; actorName: string | null; at: string } & (
  AuditEvent | { action: null; entityType: string; before: null; after: null }
);
