import { z } from "zod";
import { defineOperation } from "@/lib/api/v1/define-operation";
import { annotationSchema } from "@/lib/api/v1/schemas/annotation";
import { sourceRemovedSchema, sourceSavedSchema } from "@/lib/api/v1/schemas/sources";
import { addSourceSchema, updateSourceSchema } from "@/lib/validation/source";
import { recordVersion } from "@/lib/validation/fields";

// Any string: an id that was never handed out is simply not found (404).
const annotationParams = z.object({ annotationId: z.string().meta({ description: "The annotation's id." }) });
const sourceParams = annotationParams.extend({ sourceId: z.string().meta({ description: "The source's id." }) });

const CONFLICT_NOTE =
  "A source change moves the annotation's version on, as any edit does: send the version you read. On a version that is gone the answer is 409 with `current`, the annotation as it is now";

export const addAnnotationSource = defineOperation({
  operationId: "addAnnotationSource",
  method: "post",
  path: "/annotations/{annotationId}/sources",
  scope: "annotate",
  tag: "Sources",
  summary: "Add a source to an annotation",
  description: `${CONFLICT_NOTE}; a new source touches nothing anyone else changed, so on an older version it is added to the current one.`,
  params: annotationParams,
  body: addSourceSchema.omit({ annotationId: true }),
  responses: { 201: { description: "The new source, and the annotation's new version.", schema: sourceSavedSchema } },
  problems: [403, 404, 409, 422],
  conflictCurrent: annotationSchema,
});

export const updateAnnotationSource = defineOperation({
  operationId: "updateAnnotationSource",
  method: "patch",
  path: "/annotations/{annotationId}/sources/{sourceId}",
  scope: "annotate",
  tag: "Sources",
  summary: "Change a source",
  description: `The source's fields, replaced as a whole (as the card's editor saves them: a field left out is cleared). ${CONFLICT_NOTE}, unless \`base\` (the source as you read it) shows nobody changed this source since.`,
  params: sourceParams,
  body: updateSourceSchema.omit({ annotationId: true, sourceId: true }),
  responses: { 200: { description: "The source as saved, and the annotation's new version.", schema: sourceSavedSchema } },
  problems: [403, 404, 409, 422],
  conflictCurrent: annotationSchema,
});

export const removeAnnotationSource = defineOperation({
  operationId: "removeAnnotationSource",
  method: "delete",
  path: "/annotations/{annotationId}/sources/{sourceId}",
  scope: "annotate",
  tag: "Sources",
  summary: "Remove a source",
  description: `Takes the source off its annotation (the history keeps it). ${CONFLICT_NOTE}.`,
  params: sourceParams,
  query: z.object({
    version: z.coerce.number<string>({ message: "The version must be a number." }).pipe(recordVersion).meta({
      description: "The annotation's version you read.",
    }),
  }),
  responses: { 200: { description: "The annotation's new version.", schema: sourceRemovedSchema } },
  problems: [403, 404, 409, 422],
  conflictCurrent: annotationSchema,
});
