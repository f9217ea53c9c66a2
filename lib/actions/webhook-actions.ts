"use server";
import { revalidatePath } from "next/cache";
import { defineAction, defineFormAction } from "@/lib/actions/define-action";
import { createWebhookEndpoint } from "@/lib/server/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/server/webhooks/delete-webhook-endpoint";
import { redeliverWebhook } from "@/lib/server/webhooks/redeliver-webhook";
import { rotateWebhookSecret } from "@/lib/server/webhooks/rotate-webhook-secret";
import { sendTestWebhookEvent } from "@/lib/server/webhooks/send-test-webhook-event";
import { updateWebhookEndpoint } from "@/lib/server/webhooks/update-webhook-endpoint";
import {
  createWebhookEndpointSchema,
  updateWebhookEndpointSchema,
  webhookDeliveryParamsSchema,
  webhookEndpointParamsSchema,
} from "@/lib/validation/webhook";

const LIST_PATH = "/settings/webhooks";
const endpointPath = (endpointId: string) => `${LIST_PATH}/${endpointId}`;

// The form's fields as the schema wants them, and as typed (to keep them when refused).
function readEndpointForm(form: FormData) {
  const values = { url: String(form.get("url") ?? ""), description: String(form.get("description") ?? "") };
  const events = form.getAll("events").map(String);
  return { fields: { ...values, events }, values: { ...values, events: events.join(",") } };
}

/** Answers the new endpoint with its secret, which the form shows once. */
export const createWebhookEndpointAction = defineFormAction({
  schema: createWebhookEndpointSchema,
  read: (form) => {
    const { fields, values } = readEndpointForm(form);
    return { raw: fields, values };
  },
  run: (actor, input) => createWebhookEndpoint({ actor, input }),
  onSuccess: () => revalidatePath(LIST_PATH),
});

export const editWebhookEndpointAction = defineFormAction({
  schema: updateWebhookEndpointSchema,
  read: (form) => {
    const { fields, values } = readEndpointForm(form);
    return { raw: { endpointId: String(form.get("endpointId") ?? ""), patch: fields }, values };
  },
  run: (actor, { endpointId, patch }) => updateWebhookEndpoint({ actor, endpointId, patch }),
  onSuccess: (_endpoint, { endpointId }) => {
    revalidatePath(LIST_PATH);
    revalidatePath(endpointPath(endpointId));
  },
});

/** Enable or disable (and any other change the browser sends outside the form). */
export const updateWebhookEndpointAction = defineAction(updateWebhookEndpointSchema, async (actor, { endpointId, patch }) => {
  const endpoint = await updateWebhookEndpoint({ actor, endpointId, patch });
  revalidatePath(LIST_PATH);
  revalidatePath(endpointPath(endpointId));
  return endpoint;
});

export const rotateWebhookSecretAction = defineAction(webhookEndpointParamsSchema, async (actor, { endpointId }) =>
  rotateWebhookSecret({ actor, endpointId }),
);

export const deleteWebhookEndpointAction = defineAction(webhookEndpointParamsSchema, async (actor, { endpointId }) => {
  await deleteWebhookEndpoint({ actor, endpointId });
  revalidatePath(LIST_PATH);
  return { endpointId };
});

export const sendTestWebhookEventAction = defineAction(webhookEndpointParamsSchema, async (actor, { endpointId }) => {
  const sent = await sendTestWebhookEvent({ actor, endpointId });
  revalidatePath(endpointPath(endpointId));
  return sent;
});

export const redeliverWebhookAction = defineAction(webhookDeliveryParamsSchema, async (actor, { endpointId, deliveryId }) => {
  const delivery = await redeliverWebhook({ actor, endpointId, deliveryId });
  revalidatePath(endpointPath(endpointId));
  return delivery;
});
