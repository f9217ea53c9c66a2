import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { listWebhookDeliveries } from "@/lib/api/v1/operations/webhooks";
import { listWebhookDeliveries as listDeliveries } from "@/lib/server/webhooks/list-webhook-deliveries";

export const GET = apiRoute(listWebhookDeliveries, async ({ caller: { actor }, params: { endpointId }, query }) =>
  apiJson(await listDeliveries({ actor, endpointId, page: query })),
);
