import "server-only";
import { getDb, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit";
import {
  assertCanManageWebhooks,
  assertDeliverableAddress,
  endpointNotFound,
  type WebhookActor,
} from "@/lib/server/webhooks/webhook-access";
import { ENDPOINT_VIEW_SELECT, toEndpointView } from "@/lib/server/webhooks/webhook-views";
import type { WebhookEndpointPatch } from "@/lib/validation/webhook";
import type { WebhookEndpointView } from "@/lib/webhooks/webhook-views";

export type UpdateWebhookEndpointOptions = { actor: WebhookActor; endpointId: string; patch: WebhookEndpointPatch };

type Fields = Required<WebhookEndpointPatch>;
const FIELDS = ["url", "description", "events", "isActive"] as const;

/**
 * Changes an endpoint's address, description, events or state. Only what differs is written and
 * audited (before and after of those fields); a patch that changes nothing answers the endpoint
 * as it is. Disabling stops new events from being queued for it; its log is kept.
 */
export async function updateWebhookEndpoint({ actor, endpointId, patch }: UpdateWebhookEndpointOptions): Promise<WebhookEndpointView> {
  assertCanManageWebhooks(actor);
  if (patch.url !== undefined) assertDeliverableAddress(patch.url);
  const row = await getDb().$transaction(async (tx) => {
    const current = await lockEndpoint(tx, endpointId);
    const before: Partial<Fields> = {};
    const after: Partial<Fields> = {};
    for (const field of FIELDS) {
      const next = patch[field];
      if (next === undefined || JSON.stringify(next) === JSON.stringify(current[field])) continue;
      Object.assign(before, { [field]: current[field] });
      Object.assign(after, { [field]: next });
    }
    if (Object.keys(after).length === 0) return current;
    const updated = await tx.webhookEndpoint.update({ where: { id: endpointId }, data: after, select: ENDPOINT_VIEW_SELECT });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "webhook.updated",
      entityType: "WebhookEndpoint",
      entityId: endpointId,
      before,
      after,
    });
    return updated;
  });
  return toEndpointView(row);
}

// Two admins saving at once: the second reads what the first wrote, so its audit row's "before" is true.
async function lockEndpoint(tx: Tx, endpointId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "WebhookEndpoint" WHERE id = ${endpointId} FOR UPDATE`;
  if (locked.length === 0) throw endpointNotFound();
  return tx.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId }, select: ENDPOINT_VIEW_SELECT });
}
