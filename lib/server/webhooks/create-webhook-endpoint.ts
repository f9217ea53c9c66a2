import "server-only";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit";
import { assertCanManageWebhooks, assertDeliverableAddress, type WebhookActor } from "@/lib/server/webhooks/webhook-access";
import { newWebhookSecret } from "@/lib/server/webhooks/webhook-secret";
import { ENDPOINT_VIEW_SELECT, toEndpointView } from "@/lib/server/webhooks/webhook-views";
import type { CreateWebhookEndpointInput } from "@/lib/validation/webhook";
import type { WebhookEndpointWithSecret } from "@/lib/webhooks/webhook-views";

export type CreateWebhookEndpointOptions = { actor: WebhookActor; input: CreateWebhookEndpointInput };

/** Registers a receiver, active at once, and answers its signing secret (shown on the page; rotating makes a new one). */
export async function createWebhookEndpoint({ actor, input }: CreateWebhookEndpointOptions): Promise<WebhookEndpointWithSecret> {
  assertCanManageWebhooks(actor);
  assertDeliverableAddress(input.url);
  const secret = newWebhookSecret();
  const row = await getDb().$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({
      data: { url: input.url, description: input.description, events: input.events, secret, createdById: actor.id },
      select: ENDPOINT_VIEW_SELECT,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "webhook.created",
      entityType: "WebhookEndpoint",
      entityId: created.id,
      after: { url: created.url, description: created.description, events: created.events, isActive: created.isActive },
    });
    return created;
  });
  return { ...toEndpointView(row), secret };
}
