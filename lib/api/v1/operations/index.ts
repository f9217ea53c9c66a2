import type { ApiOperation } from "@/lib/api/v1/define-operation";
import { createArticle, getArticle, listArticles, updateArticle } from "@/lib/api/v1/operations/articles";
import { getMe } from "@/lib/api/v1/operations/me";
import { addAnnotationSource, removeAnnotationSource, updateAnnotationSource } from "@/lib/api/v1/operations/sources";

/** Every operation of /api/v1: the OpenAPI document lists these, and each has its route file (checked by api-operations.test.ts). */
export const API_OPERATIONS: readonly ApiOperation[] = [
  getMe,
  listArticles,
  getArticle,
  createArticle,
  updateArticle,
  addAnnotationSource,
  updateAnnotationSource,
  removeAnnotationSource,
];
