import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { redeliverWebhook } from "@/lib/api/v1/operations/webhooks";
import { redeliverWebhook as redeliver } from "@/lib/server/webhooks/redeliver-webhook";

export const POST = apiRoute(redeliverWebhook, async ({ caller: { actor }, params: { endpointId, deliveryId } }) =>
  apiJson(await redeliver({ actor, endpointId, deliveryId }), { status: 202 }),
);
