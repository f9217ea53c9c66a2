"use server";
import { defineAction } from "@/lib/actions/define-action";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { deleteAnnotation, restoreAnnotation } from "@/lib/server/annotations/delete-annotation";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { submitAnnotation } from "@/lib/server/reviews/submit-annotation";
import { reattachAnnotation } from "@/lib/server/annotations/reattach-annotation";
import { listAnnotationHistory } from "@/lib/server/annotations/list-annotation-history";
import { addSource } from "@/lib/server/sources/add-source";
import { removeSource } from "@/lib/server/sources/remove-source";
import { updateSource } from "@/lib/server/sources/update-source";
import { reattachAnnotationSchema } from "@/lib/validation/correction";
import { annotationIdSchema, annotationRefSchema, createAnnotationSchema, updateAnnotationSchema } from "@/lib/validation/annotation";
import { addSourceSchema, removeSourceSchema, updateSourceSchema } from "@/lib/validation/source";

// Each export is a public POST endpoint; defineAction authenticates, parses and answers errors as data.
export const createAnnotationAction = defineAction(createAnnotationSchema, (actor, input) => createAnnotation({ actor, input }));
export const updateAnnotationAction = defineAction(updateAnnotationSchema, (actor, input) => updateAnnotation({ actor, input }));
export const deleteAnnotationAction = defineAction(annotationRefSchema, (actor, input) => deleteAnnotation({ actor, input }));
export const restoreAnnotationAction = defineAction(annotationRefSchema, (actor, input) => restoreAnnotation({ actor, input }));
export const submitAnnotationAction = defineAction(annotationRefSchema, (actor, input) => submitAnnotation({ actor, input }));
export const reattachAnnotationAction = defineAction(reattachAnnotationSchema, (actor, input) => reattachAnnotation({ actor, input }));
export const addSourceAction = defineAction(addSourceSchema, (actor, input) => addSource({ actor, input }));
export const updateSourceAction = defineAction(updateSourceSchema, (actor, input) => updateSource({ actor, input }));
export const removeSourceAction = defineAction(removeSourceSchema, (actor, input) => removeSource({ actor, input }));
export const annotationHistoryAction = defineAction(annotationIdSchema, (actor, input) =>
  listAnnotationHistory({ actor, annotationId: input.annotationId }),
);
