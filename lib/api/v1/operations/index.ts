import type { ApiOperation } from "@/lib/api/v1/define-operation";
import {
  createAnnotation,
  deleteAnnotation,
  getAnnotation,
  listAnnotations,
  submitAnnotation,
  updateAnnotation,
} from "@/lib/api/v1/operations/annotations";
import { getMe } from "@/lib/api/v1/operations/me";

/** Every operation of /api/v1: the OpenAPI document lists these, and each has its route file (checked by api-operations.test.ts). */
export const API_OPERATIONS: readonly ApiOperation[] = [
  getMe,
  listAnnotations,
  getAnnotation,
  createAnnotation,
  updateAnnotation,
  deleteAnnotation,
  submitAnnotation,
];
