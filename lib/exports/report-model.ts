// The one shape every report and export is built from (lib/server/reports/build-report-model.ts
// reads it from the database). Plain JSON: dates are ISO strings, people are names, order is fixed
// (findings by position in the text, then id), so every format built from it is deterministic.
import type { CardColumns } from "@/lib/annotations/card-fields";
import type { AnnotationKind, AnnotationStatus, ArticleStatus, ReviewOutcome, SourceStance, VerdictRating } from "@/lib/enums";
import type { RichText } from "@/lib/validation/rich-text";

/**
 * The version of the JSON export's schema (docs/export-schema.md). Bump the major on any breaking
 * change, the minor on an addition (1.1.0: a sign-off's `nothingCheckWorthy`, 1.2.0: a source's
 * `publishedOn`).
 */
export const REPORT_SCHEMA_VERSION = "1.2.0";

export type ReportSource = {
  url: string;
  title: string | null;
  publisher: string | null;
  /** YYYY-MM-DD */
  accessedOn: string | null;
  /** YYYY-MM-DD: when the source itself was published (1.2.0). */
  publishedOn: string | null;
  archiveUrl: string | null;
  excerpt: string | null;
  stance: SourceStance;
};

export type ReportReview = { outcome: ReviewOutcome; reason: string | null; version: number; reviewer: string; at: string };

/**
 * One finding. Its card fields (claimText, speaker, …: lib/annotations/card-fields.ts) come right
 * after `orphaned` in the JSON export; a field added there is an addition to the export's schema.
 */
export type ReportFinding = {
  id: string;
  kind: AnnotationKind;
  status: AnnotationStatus;
  /** TextPositionSelector over the article's current text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** TextQuoteSelector. */
  exact: string;
  prefix: string;
  suffix: string;
  /** Re-anchoring after a correction failed: the quote is kept, the position is stale. */
  orphaned: boolean;
  verdict: { rating: VerdictRating; rationale: RichText | null } | null;
  sources: ReportSource[];
  /** Opinions: the ids of the claims they rest on. */
  restsOn: string[];
  author: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Oldest first. */
  reviews: ReportReview[];
} & CardColumns;

export type ReportSignOff = {
  by: string;
  at: string;
  revision: number;
  chainHead: string;
  /** How many annotation versions it covered. */
  covered: number;
  /** Signed off with no findings: why nothing in the article is check-worthy (null for an ordinary sign-off). */
  nothingCheckWorthy: string | null;
  reopened: { by: string | null; at: string; reason: string | null } | null;
};

export type ReportRevision = { revision: number; at: string; by: string; change: string };

export type ReportModel = {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  organisation: { name: string; url: string };
  article: {
    id: string;
    title: string;
    byline: string | null;
    publisher: string | null;
    sourceUrl: string | null;
    /** YYYY-MM-DD */
    publishedOn: string | null;
    language: string;
    revision: number;
    status: ArticleStatus;
    text: string;
    /** SHA-256 of `text`: the article's identity across databases (W3C target source). */
    contentHash: string;
    importedAt: string;
    importedBy: string;
  };
  /** Every annotation not deleted, in text order. */
  findings: ReportFinding[];
  /** The current sign-off (not reopened), or null: the report is a DRAFT. */
  signOff: ReportSignOff | null;
  /** Every sign-off, oldest first, reopened ones included. */
  signOffs: ReportSignOff[];
  /** Oldest first; revision 1 is the import. */
  revisions: ReportRevision[];
  /** The public report's URL when a link is active, the base of ClaimReview's per-claim `url`. */
  publicUrl: string | null;
  /** The report's own timestamp: the newest change in its data, never the clock. */
  asOf: string;
};

/** Text order, then id: the one order of findings in every format. */
export function compareFindings(a: Pick<ReportFinding, "start" | "end" | "id">, b: Pick<ReportFinding, "start" | "end" | "id">): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** What a published report shows: findings not dismissed (a draft shows them whatever their status, labelled). */
export function reportedFindings(model: ReportModel): ReportFinding[] {
  return model.findings.filter((f) => f.status !== "DISMISSED");
}

/** The claims that go out as ClaimReview: approved, with a verdict. */
export function approvedClaims(model: ReportModel): ReportFinding[] {
  return model.findings.filter((f) => f.kind === "CLAIM" && f.status === "APPROVED" && f.verdict !== null);
}

/** The fragment that anchors one finding in the report (HTML id and ClaimReview url). */
export function findingAnchor(finding: Pick<ReportFinding, "id">): string {
  return `finding-${finding.id}`;
}

export function isDraft(model: ReportModel): boolean {
  return model.signOff === null;
}
