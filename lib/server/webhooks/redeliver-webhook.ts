import "server-only";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { redeliveryRefusal } from "@/lib/policies/webhooks";
import { recordAudit } from "@/lib/server/audit";
import { assertCanManageWebhooks, type WebhookActor } from "@/lib/server/webhooks/webhook-access";
import { DELIVERY_VIEW_SELECT, toDeliveryViews } from "@/lib/server/webhooks/webhook-views";
import type { WebhookDeliveryView } from "@/lib/webhooks/webhook-views";

export type RedeliverWebhookOptions = { actor: WebhookActor; endpointId: string; deliveryId: string; now?: Date };

/**
 * "Send again": the job starts over (PENDING, due now, no attempts counted), so the worker sends
 * it at its next pass with the full retry schedule. Its earlier attempts stay in the log. Refused
 * (CONFLICT) while a worker holds it, in words that say so.
 */
export async function redeliverWebhook({
  actor,
  endpointId,
  deliveryId,
  now = new Date(),
}: RedeliverWebhookOptions): Promise<WebhookDeliveryView> {
  assertCanManageWebhooks(actor);
  const db = getDb();
  return db.$transaction(async (tx) => {
    // Locked, so a worker cannot claim it between this check and the reset (it skips locked rows).
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "WebhookDelivery" WHERE id = ${deliveryId} AND "endpointId" = ${endpointId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND", "No such delivery for this webhook endpoint.");
    const before = await tx.webhookDelivery.findUniqueOrThrow({
      where: { id: deliveryId },
      select: { status: true, attemptCount: true, lockedUntil: true, event: { select: { type: true } } },
    });
    const refusal = redeliveryRefusal(before, now);
    if (refusal) throw new AppError("CONFLICT", refusal, { reason: "DELIVERY_IN_PROGRESS" });
    await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: { status: "PENDING", nextAttemptAt: now, attemptCount: 0, lockedUntil: null, lockedBy: null, deliveredAt: null },
    });
    const eventType = before.event.type;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "webhook.redelivered",
      entityType: "WebhookEndpoint",
      entityId: endpointId,
      before: { deliveryId, eventType, status: before.status, attemptCount: before.attemptCount },
      after: { deliveryId, eventType, status: "PENDING", attemptCount: 0 },
    });
    const row = await tx.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId }, select: DELIVERY_VIEW_SELECT });
    const [view] = await toDeliveryViews(tx, [row], now);
    return view!;
  });
}
