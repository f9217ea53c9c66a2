import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { deleteWebhook, getWebhook, updateWebhook } from "@/lib/api/v1/operations/webhooks";
import { deleteWebhookEndpoint } from "@/lib/server/webhooks/delete-webhook-endpoint";
import { getWebhookEndpoint } from "@/lib/server/webhooks/get-webhook-endpoint";
import { updateWebhookEndpoint } from "@/lib/server/webhooks/update-webhook-endpoint";

export const GET = apiRoute(getWebhook, async ({ caller: { actor }, params: { endpointId } }) =>
  apiJson(await getWebhookEndpoint({ actor, endpointId })),
);

export const PATCH = apiRoute(updateWebhook, async ({ caller: { actor }, params: { endpointId }, body }) =>
  apiJson(await updateWebhookEndpoint({ actor, endpointId, patch: body })),
);

export const DELETE = apiRoute(deleteWebhook, async ({ caller: { actor }, params: { endpointId } }) => {
  await deleteWebhookEndpoint({ actor, endpointId });
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
