import "server-only";
import { getDb } from "@/lib/db";
import { assertCanManageWebhooks, findEndpoint, type WebhookActor } from "@/lib/server/webhooks/webhook-access";
import { DELIVERY_VIEW_SELECT, toDeliveryViews } from "@/lib/server/webhooks/webhook-views";
import type { WebhookDeliveryPageInput } from "@/lib/validation/webhook";
import type { WebhookDeliveryPage } from "@/lib/webhooks/webhook-views";

export type ListWebhookDeliveriesOptions = { actor: WebhookActor; endpointId: string; page: WebhookDeliveryPageInput; now?: Date };

/**
 * An endpoint's delivery log, newest first, with each delivery's attempts. Paged by the event's
 * sequence (unique per endpoint, since an event goes to an endpoint once), so a page never
 * repeats or skips a row while new deliveries arrive.
 */
export async function listWebhookDeliveries({
  actor,
  endpointId,
  page,
  now = new Date(),
}: ListWebhookDeliveriesOptions): Promise<WebhookDeliveryPage> {
  assertCanManageWebhooks(actor);
  const db = getDb();
  await findEndpoint(db, endpointId, { id: true });
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId, ...(page.before && { sequence: { lt: BigInt(page.before) } }) },
    orderBy: { sequence: "desc" },
    take: page.limit + 1,
    select: DELIVERY_VIEW_SELECT,
  });
  const shown = rows.slice(0, page.limit);
  const nextCursor = rows.length > page.limit ? String(shown.at(-1)!.sequence) : null;
  return { deliveries: await toDeliveryViews(db, shown, now), nextCursor };
}
