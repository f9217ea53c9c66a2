"use client";
import {
  addSourceAction,
  createAnnotationAction,
  deleteAnnotationAction,
  reattachAnnotationAction,
  removeSourceAction,
  restoreAnnotationAction,
  submitAnnotationAction,
  updateAnnotationAction,
  updateSourceAction,
} from "@/lib/actions/annotation-actions";
import {
  approveAnnotationAction,
  dismissAnnotationAction,
  reopenAnnotationAction,
  requestChangesAction,
} from "@/lib/actions/review-actions";
import type { AnnotationTransport } from "@/components/annotations/store/annotation-transport";

/** The store's transport in the browser: the app's server actions. */
export const serverTransport: AnnotationTransport = {
  createAnnotationAction,
  updateAnnotationAction,
  deleteAnnotationAction,
  restoreAnnotationAction,
  submitAnnotationAction,
  reattachAnnotationAction,
  addSourceAction,
  updateSourceAction,
  removeSourceAction,
  approveAnnotationAction,
  requestChangesAction,
  dismissAnnotationAction,
  reopenAnnotationAction,
};
