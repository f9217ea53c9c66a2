import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/webhook-events";

// What the settings pages and the API show of endpoints and their deliveries: one definition,
// read by the use cases (as types), the pages and the OpenAPI document. Moments are ISO strings,
// as JSON carries them. Plain schemas (no transforms), so the document renders them as they are.

const moment = z.iso.datetime();

export const webhookEndpointViewSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
    isActive: z.boolean(),
    createdAt: moment,
    updatedAt: moment,
  })
  .meta({ id: "WebhookEndpoint", description: "A registered receiver. Its secret is answered only when it is made or rotated." });
export type WebhookEndpointView = z.output<typeof webhookEndpointViewSchema>;

export const webhookEndpointWithSecretSchema = webhookEndpointViewSchema
  .extend({
    secret: z.string().meta({ description: 'Standard Webhooks signing secret ("whsec_" + base64 of 32 bytes). Shown this once.' }),
  })
  .meta({ id: "WebhookEndpointWithSecret" });
export type WebhookEndpointWithSecret = z.output<typeof webhookEndpointWithSecretSchema>;

export const webhookAttemptViewSchema = z
  .object({
    attemptId: z.string(),
    startedAt: moment,
    durationMs: z.number().int(),
    statusCode: z.number().int().nullable().meta({ description: "Null when no answer came." }),
    responseBody: z.string().meta({ description: "The start of the receiver's answer." }),
    error: z.string().nullable(),
  })
  .meta({ id: "WebhookAttempt" });
export type WebhookAttemptView = z.output<typeof webhookAttemptViewSchema>;

export const webhookDeliveryViewSchema = z
  .object({
    id: z.string(),
    eventId: z.string(),
    eventType: z.string(),
    articleId: z.string().nullable(),
    articleTitle: z.string().nullable(),
    status: z.enum(["PENDING", "DELIVERED", "FAILED"]),
    /** A worker holds it (PENDING and leased): "send again" is refused until the lease passes. */
    isLeased: z.boolean(),
    attemptCount: z.number().int(),
    nextAttemptAt: moment,
    deliveredAt: moment.nullable(),
    createdAt: moment,
    lastStatusCode: z.number().int().nullable(),
    attempts: z.array(webhookAttemptViewSchema).meta({ description: "Oldest first." }),
  })
  .meta({ id: "WebhookDelivery" });
export type WebhookDeliveryView = z.output<typeof webhookDeliveryViewSchema>;

export const webhookDeliveryPageViewSchema = z
  .object({
    deliveries: z.array(webhookDeliveryViewSchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as `before` for older deliveries; null on the last page." }),
  })
  .meta({ id: "WebhookDeliveryPage" });
export type WebhookDeliveryPage = z.output<typeof webhookDeliveryPageViewSchema>;

export const webhookTestSentSchema = z
  .object({ eventId: z.string(), delivery: webhookDeliveryViewSchema })
  .meta({ id: "WebhookTestSent", description: "The test event, queued for the worker like any other." });
export type WebhookTestSent = z.output<typeof webhookTestSentSchema>;
