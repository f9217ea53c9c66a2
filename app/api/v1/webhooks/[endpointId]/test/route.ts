import { apiJson, apiRoute } from "@/lib/api/v1/api-route";
import { sendWebhookTest } from "@/lib/api/v1/operations/webhooks";
import { sendTestWebhookEvent } from "@/lib/server/webhooks/send-test-webhook-event";

export const POST = apiRoute(sendWebhookTest, async ({ caller: { actor }, params: { endpointId } }) =>
  apiJson(await sendTestWebhookEvent({ actor, endpointId }), { status: 202 }),
);
