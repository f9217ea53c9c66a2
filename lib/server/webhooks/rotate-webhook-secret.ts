import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit";
import { assertCanManageWebhooks, endpointNotFound, type WebhookActor } from "@/lib/server/webhooks/webhook-access";
import { newWebhookSecret } from "@/lib/server/webhooks/webhook-secret";
import { ENDPOINT_VIEW_SELECT, toEndpointView } from "@/lib/server/webhooks/webhook-views";
import type { WebhookEndpointWithSecret } from "@/lib/webhooks/webhook-views";

export type RotateWebhookSecretOptions = { actor: WebhookActor; endpointId: string };

/**
 * A new signing secret, answered once; deliveries from now on are signed with it, so the receiver
 * must be given it. The audit row records that it changed, never the secret.
 */
export async function rotateWebhookSecret({ actor, endpointId }: RotateWebhookSecretOptions): Promise<WebhookEndpointWithSecret> {
  assertCanManageWebhooks(actor);
  const secret = newWebhookSecret();
  const row = await getDb().$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({ where: { id: endpointId }, data: { secret } });
    if (count === 0) throw endpointNotFound();
    await recordAudit(tx, { actorId: actor.id, action: "webhook.secret_rotated", entityType: "WebhookEndpoint", entityId: endpointId });
    return tx.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId }, select: ENDPOINT_VIEW_SELECT });
  });
  return { ...toEndpointView(row), secret };
}
