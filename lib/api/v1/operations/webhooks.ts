import { z } from "zod";
import { defineOperation } from "@/lib/api/v1/define-operation";
import {
  createWebhookEndpointSchema,
  webhookDeliveryPageSchema,
  webhookDeliveryParamsSchema,
  webhookEndpointParamsSchema,
  webhookEndpointPatchSchema,
} from "@/lib/validation/webhook";
import {
  webhookDeliveryPageViewSchema,
  webhookDeliveryViewSchema,
  webhookEndpointViewSchema,
  webhookEndpointWithSecretSchema,
  webhookTestSentSchema,
} from "@/lib/webhooks/webhook-views";

// Webhook administration: admins only (the admin scope, and the admin role on the server).

const tag = "Webhooks";
const scope = "admin";

export const listWebhooks = defineOperation({
  operationId: "listWebhooks",
  method: "get",
  path: "/webhooks",
  scope,
  tag,
  summary: "List webhook endpoints",
  responses: {
    200: {
      description: "Every endpoint, oldest first.",
      schema: z.object({ endpoints: z.array(webhookEndpointViewSchema) }).meta({ id: "WebhookEndpointList" }),
    },
  },
  problems: [403],
});

export const createWebhook = defineOperation({
  operationId: "createWebhook",
  method: "post",
  path: "/webhooks",
  scope,
  tag,
  summary: "Register a webhook endpoint",
  description:
    "Answers the signing secret (Standard Webhooks) this once. A literal private, loopback or link-local address is refused (422); names are checked when delivering.",
  body: createWebhookEndpointSchema,
  responses: { 201: { description: "The endpoint and its secret.", schema: webhookEndpointWithSecretSchema } },
  problems: [403, 422],
});

export const getWebhook = defineOperation({
  operationId: "getWebhook",
  method: "get",
  path: "/webhooks/{endpointId}",
  scope,
  tag,
  summary: "One webhook endpoint",
  params: webhookEndpointParamsSchema,
  responses: { 200: { description: "The endpoint (without its secret).", schema: webhookEndpointViewSchema } },
  problems: [403, 404, 422],
});

export const updateWebhook = defineOperation({
  operationId: "updateWebhook",
  method: "patch",
  path: "/webhooks/{endpointId}",
  scope,
  tag,
  summary: "Change a webhook endpoint",
  description: "Any of url, description, events and isActive; the others stay as they are.",
  params: webhookEndpointParamsSchema,
  body: webhookEndpointPatchSchema,
  responses: { 200: { description: "The endpoint as it is now.", schema: webhookEndpointViewSchema } },
  problems: [403, 404, 422],
});

export const deleteWebhook = defineOperation({
  operationId: "deleteWebhook",
  method: "delete",
  path: "/webhooks/{endpointId}",
  scope,
  tag,
  summary: "Delete a webhook endpoint",
  description: "With its deliveries and their log; nothing more is sent to it.",
  params: webhookEndpointParamsSchema,
  responses: { 204: { description: "Deleted." } },
  problems: [403, 404, 422],
});

export const rotateWebhookSecret = defineOperation({
  operationId: "rotateWebhookSecret",
  method: "post",
  path: "/webhooks/{endpointId}/secret",
  scope,
  tag,
  summary: "Rotate a webhook endpoint's signing secret",
  description: "Deliveries from now on are signed with the new secret, answered this once.",
  params: webhookEndpointParamsSchema,
  responses: { 200: { description: "The endpoint and its new secret.", schema: webhookEndpointWithSecretSchema } },
  problems: [403, 404, 422],
});

export const listWebhookDeliveries = defineOperation({
  operationId: "listWebhookDeliveries",
  method: "get",
  path: "/webhooks/{endpointId}/deliveries",
  scope,
  tag,
  summary: "An endpoint's delivery log",
  description: "Newest first, each delivery with its latest attempts. Pass `nextCursor` as `before` for older ones.",
  params: webhookEndpointParamsSchema,
  query: webhookDeliveryPageSchema,
  responses: { 200: { description: "A page of deliveries.", schema: webhookDeliveryPageViewSchema } },
  problems: [403, 404, 422],
});

export const redeliverWebhook = defineOperation({
  operationId: "redeliverWebhook",
  method: "post",
  path: "/webhooks/{endpointId}/deliveries/{deliveryId}/redeliver",
  scope,
  tag,
  summary: "Send a delivery again",
  description:
    "The delivery starts over: pending, due now, no attempts counted (its log stays). Refused with 409 while a worker is sending it.",
  params: webhookDeliveryParamsSchema,
  responses: { 202: { description: "Queued again.", schema: webhookDeliveryViewSchema } },
  problems: [403, 404, 409, 422],
});

export const sendWebhookTest = defineOperation({
  operationId: "sendWebhookTest",
  method: "post",
  path: "/webhooks/{endpointId}/test",
  scope,
  tag,
  summary: "Send a test event to an endpoint",
  description: "Queues a `webhook.test` event for this endpoint only; the worker delivers it like any other.",
  params: webhookEndpointParamsSchema,
  responses: { 202: { description: "Queued.", schema: webhookTestSentSchema } },
  problems: [403, 404, 422],
});
