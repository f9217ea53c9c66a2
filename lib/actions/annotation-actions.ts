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
import { addSource } from "@/lib/server/sources/add-source";
import { updateSource } from "@/lib/server/sources/update-source";
import { annotationRefSchema, createAnnotationSchema, updateAnnotationSchema } from "@/lib/validation/annotation";
import { addSourceSchema, removeSourceSchema, updateSourceSchema } from "@/lib/validation/source";

// Each action is a public POST endpoint: authenticate, parse with the payload's schema, run the
// use case, return the result or the error as data.
function action<Schema extends z.ZodType, Result>(schema: Schema, run: (actor: Actor, input: z.infer<Schema>) => Promise<Result>) {
  return (raw: unknown) =>
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

const create = action(createAnnotationSchema, (actor, input) => createAnnotation({ actor, input }));
const update = action(updateAnnotationSchema, (actor, input) => updateAnnotation({ actor, input }));
const remove = action(annotationRefSchema, (actor, input) => deleteAnnotation({ actor, input }));
const restore = action(annotationRefSchema, (actor, input) => restoreAnnotation({ actor, input }));
const submit = action(annotationRefSchema, (actor, input) => submitAnnotation({ actor, input }));
const reattach = action(reattachAnnotationSchema, (actor, input) => reattachAnnotation({ actor, input }));
const addSourceTo = action(addSourceSchema, (actor, input) => addSource({ actor, input }));
const editSource = action(updateSourceSchema, (actor, input) => updateSource({ actor, input }));
const dropSource = action(removeSourceSchema, (actor, input) => updateSource({ actor, input: { ...input, source: null } }));

export async function createAnnotationAction(raw: unknown) {
  return create(raw);
}
export async function updateAnnotationAction(raw: unknown) {
  return update(raw);
}
export async function deleteAnnotationAction(raw: unknown) {
  return remove(raw);
}
export async function restoreAnnotationAction(raw: unknown) {
  return restore(raw);
}
export async function addSourceAction(raw: unknown) {
  return addSourceTo(raw);
}
export async function updateSourceAction(raw: unknown) {
  return editSource(raw);
}
export async function removeSourceAction(raw: unknown) {
  return dropSource(raw);
}
export async function submitAnnotationAction(raw: unknown) {
  return submit(raw);
}
export async function reattachAnnotationAction(raw: unknown) {
  return reattach(raw);
}
