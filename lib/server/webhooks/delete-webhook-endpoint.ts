import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit";
import { assertCanManageWebhooks, endpointNotFound, type WebhookActor } from "@/lib/server/webhooks/webhook-access";

export type DeleteWebhookEndpointOptions = { actor: WebhookActor; endpointId: string };

/**
 * Removes an endpoint with its deliveries and their log (cascade): nothing more is sent to it.
 * The audit row keeps what it was. A worker sending to it right now finishes that one attempt.
 */
export async function deleteWebhookEndpoint({ actor, endpointId }: DeleteWebhookEndpointOptions): Promise<void> {
  assertCanManageWebhooks(actor);
  await getDb().$transaction(async (tx) => {
    const deleted = await tx.webhookEndpoint.findUnique({
      where: { id: endpointId },
      select: { url: true, description: true, events: true, isActive: true },
    });
    // Claimed by the delete itself, so two deletions at once write one audit row.
    const { count } = await tx.webhookEndpoint.deleteMany({ where: { id: endpointId } });
    if (!deleted || count === 0) throw endpointNotFound();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "webhook.deleted",
      entityType: "WebhookEndpoint",
      entityId: endpointId,
      before: deleted,
    });
  });
}
