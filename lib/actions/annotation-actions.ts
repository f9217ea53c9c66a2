"use server";
import type { z } from "zod";
import { requireActor, type Actor } from "@/lib/auth/session";
import { AppError, toActionResult } from "@/lib/errors";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { deleteAnnotation, restoreAnnotation } from "@/lib/server/annotations/delete-annotation";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { submitAnnotation } from "@/lib/server/reviews/submit-annotation";
import { reattachAnnotation } from "@/lib/server/annotations/reattach-annotation";
import { reattachAnnotationSchema } from "@/lib/validation/correction";
import { listAnnotationHistory } from "@/lib/server/annotations/list-annotation-history";
import { addSource } from "@/lib/server/sources/add-source";
import { updateSource } from "@/lib/server/sources/update-source";
import { annotationIdSchema, annotationRefSchema, createAnnotationSchema, updateAnnotationSchema } from "@/lib/validation/annotation";
import { addSourceSchema, removeSourceSchema, updateSourceSchema } from "@/lib/validation/source";

// Each action is a public POST endpoint: authenticate, parse with the payload's schema, run the
// use case, return the result or the error as data.
function action<Schema extends z.ZodType, Result>(schema: Schema, run: (actor: Actor, input: z.infer<Schema>) => Promise<Result>) {
  return async (raw: unknown) =>
    toActionResult(async () => {
      const actor = await requireActor();
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new AppError("INVALID", issue?.message ?? "Invalid request.", { field: issue?.path.join(".") });
      }
      return run(actor, parsed.data);
    });
}

export const createAnnotationAction = action(createAnnotationSchema, (actor, input) => createAnnotation({ actor, input }));
export const updateAnnotationAction = action(updateAnnotationSchema, (actor, input) => updateAnnotation({ actor, input }));
export const deleteAnnotationAction = action(annotationRefSchema, (actor, input) => deleteAnnotation({ actor, input }));
export const restoreAnnotationAction = action(annotationRefSchema, (actor, input) => restoreAnnotation({ actor, input }));
export const submitAnnotationAction = action(annotationRefSchema, (actor, input) => submitAnnotation({ actor, input }));
export const reattachAnnotationAction = action(reattachAnnotationSchema, (actor, input) => reattachAnnotation({ actor, input }));
export const addSourceAction = action(addSourceSchema, (actor, input) => addSource({ actor, input }));
export const updateSourceAction = action(updateSourceSchema, (actor, input) => updateSource({ actor, input }));
export const removeSourceAction = action(removeSourceSchema, (actor, input) => updateSource({ actor, input: { ...input, source: null } }));
export const annotationHistoryAction = action(annotationIdSchema, (actor, input) =>
  listAnnotationHistory({ actor, annotationId: input.annotationId }),
);
