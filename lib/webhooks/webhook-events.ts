import { z } from "zod";
import { ANNOTATION_KINDS, ANNOTATION_STATUSES, VERDICT_RATINGS } from "@/lib/enums";

// Every event a webhook endpoint can subscribe to, with the payload receivers get. The payload
// follows Standard Webhooks: `{ type, timestamp, data }`; the event's id travels in the
// `webhook-id` header, not in the body. Receivers build on these shapes, so a field once sent
// stays: add fields, never rename or drop one.

const actor = z.object({ id: z.string(), name: z.string() }).meta({ description: "Who made the change." });
const article = z.object({ id: z.string(), title: z.string() });
const annotation = z.object({
  id: z.string(),
  kind: z.enum(ANNOTATION_KINDS),
  status: z.enum(ANNOTATION_STATUSES),
  /** The annotation's version after the step. */
  version: z.number().int(),
  /** The passage the finding is about. */
  exact: z.string(),
  claimText: z.string().nullable(),
  verdict: z.enum(VERDICT_RATINGS).nullable(),
});

const annotationStep = z.object({ article, annotation, actor });

/** The data of each event type, by type name. */
export const WEBHOOK_EVENT_DATA = {
  "annotation.submitted": annotationStep,
  "annotation.approved": annotationStep.extend({ reviewedVersion: z.number().int(), note: z.string().nullable() }),
  "annotation.changes_requested": annotationStep.extend({ reviewedVersion: z.number().int(), reason: z.string() }),
  "article.signed_off": z.object({
    article: article.extend({ revision: z.number().int() }),
    actor,
    signOffId: z.string(),
    /** How many findings the sign-off covers (approved or dismissed). */
    findingCount: z.number().int(),
    /** The reason, when the article was signed off as having nothing check-worthy. */
    nothingCheckWorthy: z.string().nullable(),
  }),
  "article.reopened": z.object({ article, actor, reason: z.string() }),
  "report.published": z.object({ article, actor, reportUrl: z.url() }),
  "report.revoked": z.object({ article, actor }),
} as const;

export type WebhookEventType = keyof typeof WEBHOOK_EVENT_DATA;

/** The event type names, in the order forms list them. */
export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENT_DATA) as [WebhookEventType, ...WebhookEventType[]];

export const WEBHOOK_EVENT_LABELS = {
  "annotation.submitted": "A finding is submitted for review",
  "annotation.approved": "A finding is approved",
  "annotation.changes_requested": "Changes are requested on a finding",
  "article.signed_off": "An article is signed off",
  "article.reopened": "A signed-off article is reopened",
  "report.published": "A report is published",
  "report.revoked": "A published report is revoked",
} as const satisfies Record<WebhookEventType, string>;

export function isWebhookEventType(value: string): value is WebhookEventType {
  return Object.hasOwn(WEBHOOK_EVENT_DATA, value);
}

const payloadOf = <T extends WebhookEventType>(type: T) =>
  z.object({ type: z.literal(type), timestamp: z.iso.datetime(), data: WEBHOOK_EVENT_DATA[type] });

/** The body of every webhook request: one of the event types with its data. */
export const webhookPayloadSchema = z
  .discriminatedUnion("type", [
    payloadOf("annotation.submitted"),
    payloadOf("annotation.approved"),
    payloadOf("annotation.changes_requested"),
    payloadOf("article.signed_off"),
    payloadOf("article.reopened"),
    payloadOf("report.published"),
    payloadOf("report.revoked"),
  ])
  .meta({ id: "WebhookPayload" });

export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;

/** Sent to one endpoint only, when an admin asks for it from its settings; no endpoint subscribes to it. */
export const WEBHOOK_TEST_EVENT_TYPE = "webhook.test";

export const webhookTestPayloadSchema = z
  .object({
    type: z.literal(WEBHOOK_TEST_EVENT_TYPE),
    timestamp: z.iso.datetime(),
    data: z.object({ endpointId: z.string(), actor, message: z.string() }),
  })
  .meta({ id: "WebhookTestPayload" });

/** What a use case reports: the type, the article it concerns, and the data (the timestamp is added when it is written). */
export type WebhookEventInput = {
  [T in WebhookEventType]: { type: T; articleId: string | null; data: z.input<(typeof WEBHOOK_EVENT_DATA)[T]> };
}[WebhookEventType];
