import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { webhookPayloadSchema, type WebhookEventInput } from "@/lib/webhooks/webhook-events";

/** The channel enqueueWebhookEvent notifies; the delivery workers LISTEN on it (delivery-worker.ts). */
export const WEBHOOK_CHANNEL = "factmark_webhooks";

/**
 * Writes an event to the outbox in the caller's transaction, with one delivery job for every
 * active endpoint subscribed to its type, so the event exists exactly when the change committed.
 * NOTIFY inside the transaction reaches the workers at commit, never before (a rollback drops it).
 *
 * An article's events are numbered in commit order: the transaction first takes a lock on the
 * article's outbox, held until it ends, so a second change of the same article numbers its event
 * only after the first one committed. Without it, two concurrent changes could commit in one
 * order and be numbered (and delivered) in the other.
 */
export async function enqueueWebhookEvent(tx: Tx, event: WebhookEventInput): Promise<{ id: string; deliveries: number }> {
  // Our own code builds the data: a shape that does not fit is a bug, and the change fails with it.
  const payload = webhookPayloadSchema.parse({ type: event.type, timestamp: new Date().toISOString(), data: event.data });
  const id = `msg_${randomUUID().replaceAll("-", "")}`;
  if (event.articleId) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`factmark_webhooks:${event.articleId}`}, 0))`;
  const deliveries = await tx.$executeRaw`
    WITH event AS (
      INSERT INTO "WebhookEvent" (id, type, "articleId", payload)
      VALUES (${id}, ${event.type}, ${event.articleId}, ${JSON.stringify(payload)}::jsonb)
      RETURNING id, sequence, "articleId"
    )
    INSERT INTO "WebhookDelivery" (id, "eventId", "endpointId", "articleId", sequence)
    SELECT 'whd_' || replace(gen_random_uuid()::text, '-', ''), event.id, endpoint.id, event."articleId", event.sequence
    FROM event JOIN "WebhookEndpoint" endpoint ON endpoint."isActive" AND ${event.type} = ANY (endpoint.events)`;
  if (deliveries > 0) await tx.$executeRaw`SELECT pg_notify(${WEBHOOK_CHANNEL}, '')`;
  return { id, deliveries };
}
