import type { ApiOperation } from "@/lib/api/v1/define-operation";
import { getMe } from "@/lib/api/v1/operations/me";
import { listArticles, getArticle, createArticle, updateArticle } from "@/lib/api/v1/operations/articles";
import {
  listAnnotations,
  getAnnotation,
  createAnnotation,
  updateAnnotation,
  deleteAnnotation,
  submitAnnotation,
} from "@/lib/api/v1/operations/annotations";
import { addAnnotationSource, updateAnnotationSource, removeAnnotationSource } from "@/lib/api/v1/operations/sources";
import { approveAnnotation, requestAnnotationChanges, dismissAnnotation, reopenAnnotation } from "@/lib/api/v1/operations/reviews";
import { signOffArticle, reopenArticle, publishReport, revokePublicReport } from "@/lib/api/v1/operations/sign-off";
import { exportArticle, exportArticles } from "@/lib/api/v1/operations/exports";
import { listFactChecks, findSimilarFactChecks, search } from "@/lib/api/v1/operations/library";
import {
  listWebhooks,
  createWebhook,
  getWebhook,
  updateWebhook,
  deleteWebhook,
  rotateWebhookSecret,
  listWebhookDeliveries,
  redeliverWebhook,
  sendWebhookTest,
} from "@/lib/api/v1/operations/webhooks";

/**
 * Every operation of /api/v1, in the order the document lists them: each has its route file
 * (api-operations.test.ts) and is driven by some e2e spec against the document (api-contract-coverage.test.ts).
 */
export const API_OPERATIONS: readonly ApiOperation[] = [
  // me
  getMe,
  // articles
  listArticles,
  getArticle,
  createArticle,
  updateArticle,
  // annotations
  listAnnotations,
  getAnnotation,
  createAnnotation,
  updateAnnotation,
  deleteAnnotation,
  submitAnnotation,
  // sources
  addAnnotationSource,
  updateAnnotationSource,
  removeAnnotationSource,
  // reviews
  approveAnnotation,
  requestAnnotationChanges,
  dismissAnnotation,
  reopenAnnotation,
  // sign-off
  signOffArticle,
  reopenArticle,
  publishReport,
  revokePublicReport,
  // exports
  exportArticle,
  exportArticles,
  // library
  listFactChecks,
  findSimilarFactChecks,
  search,
  // webhooks
  listWebhooks,
  createWebhook,
  getWebhook,
  updateWebhook,
  deleteWebhook,
  rotateWebhookSecret,
  listWebhookDeliveries,
  redeliverWebhook,
  sendWebhookTest,
];
