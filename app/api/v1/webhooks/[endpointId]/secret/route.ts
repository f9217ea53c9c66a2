import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { rotateWebhookSecret } from "@/lib/api/v1/operations/webhooks";
import { rotateWebhookSecret as rotateSecret } from "@/lib/server/webhooks/rotate-webhook-secret";

export const POST = apiRoute(rotateWebhookSecret, async ({ caller: { actor }, params: { endpointId } }) =>
  apiJson(await rotateSecret({ actor, endpointId })),
);
