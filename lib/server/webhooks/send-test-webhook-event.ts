import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import { assertCanManageWebhooks, findEndpoint, type WebhookActor } from "@/lib/server/webhooks/webhook-access";
import { DELIVERY_VIEW_SELECT, toDeliveryViews } from "@/lib/server/webhooks/webhook-views";
import { WEBHOOK_CHANNEL } from "@/lib/server/webhooks/enqueue-webhook-event";
import { WEBHOOK_TEST_EVENT_TYPE, webhookTestPayloadSchema } from "@/lib/webhooks/webhook-events";
import type { WebhookTestSent } from "@/lib/webhooks/webhook-views";

export type SendTestWebhookEventOptions = { actor: WebhookActor; endpointId: string; now?: Date };

/**
 * Queues a `webhook.test` event for this endpoint only: an outbox event and its one delivery, in
 * one transaction, so the worker signs and sends it like any other and its attempts show in the
 * log. Not audited: it changes nothing but the log it writes to.
 */
export async function sendTestWebhookEvent({ actor, endpointId, now = new Date() }: SendTestWebhookEventOptions): Promise<WebhookTestSent> {
  assertCanManageWebhooks(actor);
  const db = getDb();
  return db.$transaction(async (tx) => {
    await findEndpoint(tx, endpointId, { id: true });
    const event = await tx.webhookEvent.create({
      data: {
        id: `msg_${randomUUID().replaceAll("-", "")}`,
        type: WEBHOOK_TEST_EVENT_TYPE,
        payload: webhookTestPayloadSchema.parse({
          type: WEBHOOK_TEST_EVENT_TYPE,
          timestamp: now.toISOString(),
          data: { endpointId, actor: { id: actor.id, name: actor.name }, message: "A test event from Factmark's webhook settings." },
        }),
        createdAt: now,
      },
      select: { id: true, sequence: true },
    });
    const row = await tx.webhookDelivery.create({
      data: { eventId: event.id, endpointId, sequence: event.sequence, nextAttemptAt: now, createdAt: now },
      select: DELIVERY_VIEW_SELECT,
    });
    // Workers wake at commit, as for any event.
    await tx.$executeRaw`SELECT pg_notify(${WEBHOOK_CHANNEL}, '')`;
    const [delivery] = await toDeliveryViews(tx, [row], now);
    return { eventId: event.id, delivery: delivery! };
  });
}
