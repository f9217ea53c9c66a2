import "server-only";
import { getDb } from "@/lib/db";
import { assertCanManageWebhooks, findEndpoint, type WebhookActor } from "@/lib/server/webhooks/webhook-access";
import { ENDPOINT_VIEW_SELECT, toEndpointView } from "@/lib/server/webhooks/webhook-views";
import type { WebhookEndpointView } from "@/lib/webhooks/webhook-views";

/** One endpoint, or NOT_FOUND. */
export async function getWebhookEndpoint({ actor, endpointId }: { actor: WebhookActor; endpointId: string }): Promise<WebhookEndpointView> {
  assertCanManageWebhooks(actor);
  return toEndpointView(await findEndpoint(getDb(), endpointId, ENDPOINT_VIEW_SELECT));
}
