// Every audit event the app writes, in one union: its action, the kind of record it is about, how
// people read it, and the shapes of what it records before and after. recordAudit only takes these,
// and readers parse rows through them (parse-audit-event.ts). Adding an action is one entry here
// (the compiler refuses the recordAudit call until it exists).
import { z } from "zod";
import * as p from "@/lib/audit/audit-payloads";

type Payload = z.ZodType;

/** The records an event can be about (its row's entityType). */
type EntityType =
  "Article" | "Annotation" | "Source" | "Comment" | "PublicReportLink" | "User" | "FactCheckImport" | "ApiToken" | "WebhookEndpoint";

function event<E extends EntityType, B extends Payload = typeof p.none, A extends Payload = typeof p.none>(
  entityType: E,
  label: string,
  payload: { before?: B; after?: A } = {},
) {
  return { entityType, label, before: (payload.before ?? p.none) as B, after: (payload.after ?? p.none) as A };
}

const decision = (label: string) => event("Annotation", label, { before: p.versionedStatus, after: p.decision });
const sourceChange = (label: string) => event("Source", label, { before: p.mergedSource, after: p.sourceRow });
const deactivation = (label: string) => event("User", label, { before: p.deactivation, after: p.deactivation });

/** The labels finish "<who> …" in a card's history ("Ana approved it"). */
export const AUDIT_EVENTS = {
  "annotation.created": event("Annotation", "created it", { after: p.annotationRow }),
  "annotation.updated": event("Annotation", "edited", { before: p.cardEditBefore, after: p.cardEditAfter }),
  "annotation.deleted": event("Annotation", "deleted it", {
    before: z.object({ deletedAt: z.null() }),
    after: z.object({ deletedAt: p.auditTime }),
  }),
  "annotation.restored": event("Annotation", "restored it", {
    before: z.object({ deleted: z.boolean() }),
    after: z.object({ deleted: z.boolean() }),
  }),
  "annotation.submitted": event("Annotation", "submitted it for review", { before: p.statusStep, after: p.statusStep }),
  "annotation.reattached": event("Annotation", "re-attached it", {
    before: p.span.extend({ orphanedAt: p.auditTime.nullable() }),
    after: p.span,
  }),
  "annotation.approved": decision("approved it"),
  "annotation.changes_requested": decision("requested changes"),
  "annotation.dismissed": decision("dismissed it"),
  "annotation.reopened": event("Annotation", "reopened it", { before: p.versionedStatus, after: p.versionedStatus }),
  "annotation.needs_review": event("Annotation", "sent it back to review by changing it", {
    before: p.backToReview,
    after: p.backToReview,
  }),
  "annotation.reanchored": event("Annotation", "moved it with a correction of the text", {
    before: p.spanAtRevision,
    after: p.spanAtRevision.extend({ method: p.anchorMethod.nullable() }),
  }),
  "annotation.orphaned": event("Annotation", "corrected the text, which lost its passage", {
    before: p.spanAtRevision,
    after: z.object({ revision: z.number().int() }),
  }),
  "annotation.imported": event("Annotation", "imported it", { after: p.importedAnnotation }),
  "source.added": event("Source", "added a source", { before: p.mergedFrom.nullable(), after: p.sourceRow }),
  "source.updated": sourceChange("edited a source"),
  "source.removed": sourceChange("removed a source"),
  "article.imported": event("Article", "imported it", { after: p.articleImported }),
  "article.details_updated": event("Article", "edited its details", { before: p.articleDetails, after: p.articleDetails }),
  "article.assigned": event("Article", "assigned it", { before: p.assignment, after: p.assignment }),
  "article.status_changed": event("Article", "changed its status", { before: p.articleStatusStep, after: p.reasonedArticleStatus }),
  "article.corrected": event("Article", "corrected its text", { before: p.revisionLength, after: p.corrected }),
  "article.signed_off": event("Article", "signed it off", { before: p.articleStatusStep, after: p.signedOff }),
  "article.reopened": event("Article", "reopened it", { before: p.reopenedFrom, after: p.reasonedArticleStatus }),
  "comment.created": event("Comment", "started a thread", { after: p.commentPosted }),
  "comment.replied": event("Comment", "replied", { after: p.commentPosted }),
  "comment.edited": event("Comment", "edited a comment", { before: p.commentContent, after: p.commentContent }),
  "comment.deleted": event("Comment", "deleted a comment", { before: p.commentBody }),
  "comment.resolved": event("Comment", "resolved a thread"),
  "comment.reopened": event("Comment", "reopened a thread"),
  "report.published": event("PublicReportLink", "published the report", { after: p.publishedLink }),
  "report.revoked": event("PublicReportLink", "revoked the report's public link"),
  "user.created": event("User", "created the account", { after: p.userCreated }),
  "user.password_changed": event("User", "changed the password"),
  "user.deactivated": deactivation("deactivated the account"),
  "user.reactivated": deactivation("reactivated the account"),
  "token.created": event("ApiToken", "created an API token", { after: p.apiTokenCreated }),
  "token.revoked": event("ApiToken", "revoked an API token", { before: p.apiTokenRevocation, after: p.apiTokenRevocation }),
  "webhook.created": event("WebhookEndpoint", "registered a webhook endpoint", { after: p.webhookEndpoint }),
  "webhook.updated": event("WebhookEndpoint", "changed a webhook endpoint", {
    before: p.webhookEndpointChange,
    after: p.webhookEndpointChange,
  }),
  "webhook.deleted": event("WebhookEndpoint", "deleted a webhook endpoint", { before: p.webhookEndpoint }),
  "webhook.secret_rotated": event("WebhookEndpoint", "rotated a webhook endpoint's secret"),
  "webhook.redelivered": event("WebhookEndpoint", "sent a webhook delivery again", {
    before: p.webhookDeliveryState,
    after: p.webhookDeliveryState,
  }),
  "factChecks.imported": event("FactCheckImport", "imported fact-checks", { after: p.factChecksImported }),
} as const;

type Events = typeof AUDIT_EVENTS;
export type AuditAction = keyof Events;
export type AuditEntityType = Events[AuditAction]["entityType"];

export const AUDIT_ACTIONS = Object.keys(AUDIT_EVENTS) as AuditAction[];

export const isAuditAction = (value: string): value is AuditAction => Object.hasOwn(AUDIT_EVENTS, value);

/** How a card's history says it ("approved it"). */
export const auditLabel = (action: AuditAction): string => AUDIT_EVENTS[action].label;

/** An event as read back: what its row's JSON holds (a Date is its ISO string; no payload is null). */
export type AuditEventOf<A extends AuditAction> = {
  action: A;
  entityType: Events[A]["entityType"];
  before: z.output<Events[A]["before"]>;
  after: z.output<Events[A]["after"]>;
};
export type AuditEvent = { [A in AuditAction]: AuditEventOf<A> }[AuditAction];

// A payload the action may go without (null) may also be left out.
type Given<T> = null extends T ? Exclude<T, null> | null | undefined : T;

/** An event as written: what recordAudit takes for each action (a Date where the row keeps its ISO string). */
export type AuditEntryOf<A extends AuditAction> = {
  actorId: string | null;
  action: A;
  entityType: Events[A]["entityType"];
  entityId: string;
  articleId?: string | null;
} & OptionalWhenNullable<{ before: Given<z.input<Events[A]["before"]>>; after: Given<z.input<Events[A]["after"]>> }>;
export type AuditEntry = { [A in AuditAction]: AuditEntryOf<A> }[AuditAction];

/** What a payload of `A` is given as (`before` or `after`), for code that builds one apart from recordAudit. */
export type AuditPayloadIn<A extends AuditAction, Side extends "before" | "after"> = z.input<Events[A][Side]>;

type OptionalWhenNullable<T> = { [K in keyof T as undefined extends T[K] ? K : never]?: T[K] } & {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
};
