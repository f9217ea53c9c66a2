import type { ApiOperation } from "@/lib/api/v1/define-operation";
import { exportArticle, exportArticles } from "@/lib/api/v1/operations/exports";
import { findSimilarFactChecks, listFactChecks, search } from "@/lib/api/v1/operations/library";
import {
  createAnnotation,
  deleteAnnotation,
  getAnnotation,
  listAnnotations,
  submitAnnotation,
  updateAnnotation,
} from "@/lib/api/v1/operations/annotations";
import { getMe } from "@/lib/api/v1/operations/me";
import * as webhooks from "@/lib/api/v1/operations/webhooks";
import { approveAnnotation, dismissAnnotation, reopenAnnotation, requestAnnotationChanges } from "@/lib/api/v1/operations/reviews";
import { publishReport, reopenArticle, revokePublicReport, signOffArticle } from "@/lib/api/v1/operations/sign-off";

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
  approveAnnotation,
  requestAnnotationChanges,
  dismissAnnotation,
  reopenAnnotation,
  signOffArticle,
  reopenArticle,
  publishReport,
  revokePublicReport,
  exportArticle,
  exportArticles,
  listFactChecks,
  findSimilarFactChecks,
  search,
  listAnnotations,
  getAnnotation,
  createAnnotation,
  updateAnnotation,
  deleteAnnotation,
  submitAnnotation,
];
