// The shapes an audit event's `before` and `after` hold, as stored: JSON, so a Date is written as
// its ISO string. Objects keep keys they do not name (`looseObject`) where a payload is a row or a
// card's fields, so a column or a card field added later needs no change here.
import { z } from "zod";
import { ANNOTATION_KINDS, ANNOTATION_STATUSES, API_SCOPES, ARTICLE_STATUSES, ROLES, VERDICT_RATINGS } from "@/lib/enums";
import type { AnchorMethod } from "@/lib/anchoring";
import { FEED_FORMAT_LABELS, type FeedFormat } from "@/lib/fact-checks/feed/feed-event";

const id = z.string().min(1);
const count = z.number().int().nonnegative();
const offset = z.number().int().nonnegative();
const annotationStatus = z.enum(ANNOTATION_STATUSES);
const articleStatus = z.enum(ARTICLE_STATUSES);

/** A moment: given as a Date when written, read back as the ISO string JSON made of it. */
export const auditTime = z
  .union([z.date(), z.iso.datetime()])
  .transform((value) => (typeof value === "string" ? value : value.toISOString()));

/** No payload: the column is NULL. */
export const none = z.null();

export const statusStep = z.object({ status: annotationStatus });
export const versionedStatus = z.object({ status: annotationStatus, version: z.number().int() });

/** A review decision's `after`: the reason only for a request for changes or a dismissal (or an approval's note). */
export const decision = versionedStatus.extend({ reviewedVersion: z.number().int(), decisionId: id, reason: z.string().optional() });

/** Sent back to review: by an edit (with versions) or by a correction of the text (with its reason). */
export const backToReview = z.object({ status: annotationStatus, version: z.number().int().optional(), reason: z.string().optional() });

export const span = z.object({ start: offset, end: offset, exact: z.string() });
export const anchorMethod = z.enum(["position", "quote", "fuzzy"] satisfies AnchorMethod[]);
export const spanAtRevision = span.extend({ revision: z.number().int() });

const verdictRating = z.enum(VERDICT_RATINGS);

/** A card save's `before`: each written field's old value, the verdict as it was, the version it was made on. */
export const cardEditBefore = z.looseObject({
  version: z.number().int().optional(),
  /** Merged onto a later version than the editor saw: the one they saw. */
  mergedFrom: z.number().int().optional(),
  verdict: z
    .looseObject({
      rating: verdictRating.nullable().optional(),
      rationale: z.unknown().optional(),
      copiedFromFactCheckId: id.nullable().optional(),
    })
    .nullable()
    .optional(),
  restsOnIds: z.array(id).optional(),
});

/** A card save's `after`: the fields it wrote, the verdict's parts it wrote (null: removed), the new version. */
export const cardEditAfter = z.looseObject({
  version: z.number().int().optional(),
  verdict: z
    .looseObject({ rating: verdictRating.optional(), rationale: z.unknown().optional(), copiedFromFactCheckId: id.nullable().optional() })
    .nullable()
    .optional(),
  restsOnIds: z.array(id).optional(),
});

export const annotationRow = z.looseObject({
  id,
  articleId: id,
  kind: z.enum(ANNOTATION_KINDS),
  status: annotationStatus,
  start: offset,
  end: offset,
  exact: z.string(),
  version: z.number().int(),
});

export const importedAnnotation = z.object({
  kind: z.enum(ANNOTATION_KINDS),
  start: offset,
  end: offset,
  anchoredBy: anchorMethod,
  fileId: z.string(),
});

export const sourceRow = z.looseObject({ id, annotationId: id, url: z.string() });
export const mergedSource = sourceRow.extend({ mergedFrom: z.number().int().optional() });
export const mergedFrom = z.object({ mergedFrom: z.number().int() });

export const articleImported = z.object({ title: z.string(), contentHash: z.string(), length: count, snapshotId: id.nullable() });

export const articleDetails = z.object({
  title: z.string(),
  byline: z.string().nullable(),
  publisher: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  publishedOn: auditTime.nullable(),
  language: z.string(),
});

export const assignment = z.object({ checkerId: id.nullable(), reviewerId: id.nullable() });
export const articleStatusStep = z.object({ status: articleStatus });
export const reasonedArticleStatus = articleStatusStep.extend({ reason: z.string() });
export const reopenedFrom = articleStatusStep.extend({ signOffId: id.nullable() });

export const signedOff = articleStatusStep.extend({
  revision: z.number().int(),
  coverage: z.array(z.object({ annotationId: id, version: z.number().int(), status: annotationStatus })),
  nothingCheckWorthy: z.string().optional(),
});

export const revisionLength = z.object({ revision: z.number().int(), length: count });
export const corrected = revisionLength.extend({ reanchored: count, orphaned: z.array(id), backToReview: z.array(id) });

export const commentPosted = z.object({
  annotationId: id.nullable().optional(),
  parentId: id.nullable(),
  body: z.string(),
  mentionedUserIds: z.array(id),
});
export const commentBody = z.object({ body: z.string() });
export const commentContent = commentBody.extend({ mentionedUserIds: z.array(id) });

export const publishedLink = z.object({ linkId: id });

export const userCreated = z.object({ id, email: z.string(), name: z.string(), role: z.enum(ROLES) });
export const deactivation = z.object({ deactivatedAt: auditTime.nullable() });

export const factChecksImported = z.object({
  source: z.string(),
  format: z.enum(Object.keys(FEED_FORMAT_LABELS) as [FeedFormat, ...FeedFormat[]]).nullable(),
  bytes: count,
  items: count,
  added: count,
  updated: count,
  duplicates: count,
  refused: count,
  stopped: z.string().nullable(),
});

/** A personal access token as the audit trail keeps it: never its secret or hash. */
export const apiTokenCreated = z.object({
  userId: id,
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.enum(API_SCOPES)),
  expiresAt: auditTime.nullable(),
});
export const apiTokenRevocation = z.object({
  revokedAt: auditTime.nullable(),
  /** Why, when not by hand: the user's password changed or the account was deactivated. */
  reason: z.enum(["password_changed", "user_deactivated"]).optional(),
});

/** An endpoint as registered or deleted (never its secret). */
export const webhookEndpoint = z.object({ url: z.string(), description: z.string(), events: z.array(z.string()), isActive: z.boolean() });
/** The fields an update changed, before and after. */
export const webhookEndpointChange = webhookEndpoint.partial();
export const webhookDeliveryState = z.object({
  deliveryId: id,
  eventType: z.string(),
  status: z.enum(["PENDING", "DELIVERED", "FAILED"]),
  attemptCount: count,
});
