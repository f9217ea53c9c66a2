import type { ApiOperation } from "@/lib/api/v1/define-operation";
import { getMe } from "@/lib/api/v1/operations/me";
import * as webhooks from "@/lib/api/v1/operations/webhooks";

/** Every operation of /api/v1: the OpenAPI document lists these, and each has its route file (checked by api-operations.test.ts). */
export const API_OPERATIONS: readonly ApiOperation[] = [
  getMe,
  webhooks.listWebhooks,
  webhooks.createWebhook,
  webhooks.getWebhook,
  webhooks.updateWebhook,
  webhooks.deleteWebhook,
  webhooks.rotateWebhookSecret,
  webhooks.listWebhookDeliveries,
  webhooks.redeliverWebhook,
  webhooks.sendWebhookTest,
];
