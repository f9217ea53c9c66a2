import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { createWebhook, listWebhooks } from "@/lib/api/v1/operations/webhooks";
import { createWebhookEndpoint } from "@/lib/server/webhooks/create-webhook-endpoint";
import { listWebhookEndpoints } from "@/lib/server/webhooks/list-webhook-endpoints";

export const GET = apiRoute(listWebhooks, async ({ caller: { actor } }) => apiJson({ endpoints: await listWebhookEndpoints({ actor }) }));

export const POST = apiRoute(createWebhook, async ({ caller: { actor }, body }) =>
  apiJson(await createWebhookEndpoint({ actor, input: body }), { status: 201 }),
);
