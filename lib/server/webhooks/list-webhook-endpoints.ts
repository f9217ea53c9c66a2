import "server-only";
import { getDb } from "@/lib/db";
import { assertCanManageWebhooks, type WebhookActor } from "@/lib/server/webhooks/webhook-access";
import { ENDPOINT_VIEW_SELECT, toEndpointView } from "@/lib/server/webhooks/webhook-views";
import type { WebhookEndpointView } from "@/lib/webhooks/webhook-views";

// A desk registers a handful of receivers; past this many the list is cut, not paged.
const MAX_LISTED = 200;

/** Every endpoint, oldest first (the order they were registered in). */
export async function listWebhookEndpoints({ actor }: { actor: WebhookActor }): Promise<WebhookEndpointView[]> {
  assertCanManageWebhooks(actor);
  const rows = await getDb().webhookEndpoint.findMany({
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: ENDPOINT_VIEW_SELECT,
    take: MAX_LISTED,
  });
  return rows.map(toEndpointView);
}
