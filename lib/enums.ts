// The one place where the app lists the values of Prisma's enums and names them for people.
// Every label map is checked against its enum with `satisfies`, so adding a kind, a status or a
// verdict to the schema is a compile error here until it has a label, and the lists (for
// validation, selects and filters) follow the schema's own order.
import {
  AnnotationKind,
  ApiScope,
  AnnotationStatus,
  ArticleStatus,
  NotificationKind,
  QuoteCheck,
  ReviewOutcome,
  Role,
  SourceStance,
  VerdictRating,
} from "@/lib/generated/prisma/enums";

export {
  AnnotationKind,
  ApiScope,
  AnnotationStatus,
  ArticleStatus,
  NotificationKind,
  QuoteCheck,
  ReviewOutcome,
  Role,
  SourceStance,
  VerdictRating,
};

export const ANNOTATION_KINDS = Object.values(AnnotationKind);
export const ANNOTATION_STATUSES = Object.values(AnnotationStatus);
export const ARTICLE_STATUSES = Object.values(ArticleStatus);
export const QUOTE_CHECKS = Object.values(QuoteCheck);
export const SOURCE_STANCES = Object.values(SourceStance);
export const VERDICT_RATINGS = Object.values(VerdictRating);
export const ROLES = Object.values(Role);
export const API_SCOPES = Object.values(ApiScope);

export const KIND_LABELS = { CLAIM: "Claim", QUOTE: "Quote", OPINION: "Opinion" } as const satisfies Record<AnnotationKind, string>;

export const STATUS_LABELS = {
  DRAFT: "Draft",
  SUBMITTED: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  DISMISSED: "Dismissed",
} as const satisfies Record<AnnotationStatus, string>;

export const ARTICLE_STATUS_LABELS = {
  NEW: "New",
  IN_PROGRESS: "In progress",
  IN_REVIEW: "In review",
  SIGNED_OFF: "Signed off",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
} as const satisfies Record<ArticleStatus, string>;

export const QUOTE_CHECK_LABELS = {
  VERIFIED: "Verified",
  INACCURATE: "Inaccurate",
  OUT_OF_CONTEXT: "Out of context",
  UNVERIFIED: "Unverified",
} as const satisfies Record<QuoteCheck, string>;

export const STANCE_LABELS = {
  SUPPORTS: "Supports",
  CONTRADICTS: "Contradicts",
  CONTEXT: "Context",
  EARLIER_FACT_CHECK: "Earlier fact-check",
} as const satisfies Record<SourceStance, string>;

export const REVIEW_OUTCOME_LABELS = {
  APPROVED: "Approved",
  CHANGES_REQUESTED: "Changes requested",
  DISMISSED: "Dismissed",
} as const satisfies Record<ReviewOutcome, string>;

export const ROLE_LABELS = { ADMIN: "Admin", EDITOR: "Editor", REVIEWER: "Reviewer" } as const satisfies Record<Role, string>;

/** How the API and its tokens name the scopes (`--scopes read,export`), and how the settings page labels them. */
export const API_SCOPE_NAMES = {
  READ: "read",
  ANNOTATE: "annotate",
  REVIEW: "review",
  EXPORT: "export",
  ADMIN: "admin",
} as const satisfies Record<ApiScope, string>;

/** [value, label] pairs in the schema's order, for selects and filters. */
export function labelledOptions<Value extends string>(values: readonly Value[], labels: Record<Value, string>): [Value, string][] {
  return values.map((value) => [value, labels[value]]);
}
