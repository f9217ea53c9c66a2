import { z } from "zod";
import { defineOperation } from "@/lib/api/v1/define-operation";
import { annotationListSchema, annotationSchema } from "@/lib/api/v1/schemas/annotation";
import { recordId, recordVersion } from "@/lib/validation/fields";
import { annotationEditSchema, newAnnotationSchema } from "@/lib/validation/annotation";

// Annotations over the API: the browser's use cases (lib/server/annotations, lib/server/reviews),
// so its policies, its versions and its merge apply as they do on the card.

const articleParams = z.object({ articleId: recordId });
const annotationParams = z.object({ annotationId: recordId });
/** The version the change was made on: the annotation's `version` as last read. */
const versionBody = z.object({ version: recordVersion });

export const listAnnotations = defineOperation({
  operationId: "listAnnotations",
  method: "get",
  path: "/articles/{articleId}/annotations",
  scope: "read",
  tag: "Annotations",
  summary: "An article's annotations",
  description: "Every live annotation of the article, in text order, as the article page shows them.",
  params: articleParams,
  responses: { 200: { description: "The annotations.", schema: annotationListSchema } },
  problems: [403, 404, 422],
});

export const getAnnotation = defineOperation({
  operationId: "getAnnotation",
  method: "get",
  path: "/annotations/{annotationId}",
  scope: "read",
  tag: "Annotations",
  summary: "One annotation",
  params: annotationParams,
  responses: { 200: { description: "The annotation.", schema: annotationSchema } },
  problems: [403, 404, 422],
});

export const createAnnotation = defineOperation({
  operationId: "createAnnotation",
  method: "post",
  path: "/articles/{articleId}/annotations",
  scope: "annotate",
  tag: "Annotations",
  summary: "Annotate a span of the article",
  description:
    "Place it EITHER by `start`, `end` (UTF-16 code units in the article's current text) and the `quote` found there, OR by " +
    "`selector`: a W3C TextQuoteSelector (exact, prefix, suffix), a TextPositionSelector (code points), or both. A quote " +
    "that is not in the text, or is there more than once with the prefix and suffix given, is refused (422). The new " +
    "annotation is a draft of the caller's; `fields` are saved as its card's first edit. Send a `clientRequestId` (a UUID) " +
    "to retry safely: a retry answers the annotation the first request made.",
  params: articleParams,
  body: newAnnotationSchema,
  responses: {
    201: { description: "The annotation made (or, for a retried clientRequestId, the one made before).", schema: annotationSchema },
  },
  problems: [403, 404, 409, 422],
});

export const updateAnnotation = defineOperation({
  operationId: "updateAnnotation",
  method: "patch",
  path: "/annotations/{annotationId}",
  scope: "annotate",
  tag: "Annotations",
  summary: "Edit an annotation's card",
  description:
    "Saves the fields in `patch` on `version`. If someone saved since, the edit is refused with 409 and `current`, the " +
    "annotation as it is now, unless `base` (each changed field's value at `version`, as the card sends it) shows that " +
    "nobody changed those fields since: then it is merged onto the current version, as the card's autosave is.",
  params: annotationParams,
  body: annotationEditSchema,
  responses: { 200: { description: "The annotation after the edit.", schema: annotationSchema } },
  problems: [403, 404, 409, 422],
  conflictCurrent: annotationSchema,
});

export const deleteAnnotation = defineOperation({
  operationId: "deleteAnnotation",
  method: "delete",
  path: "/annotations/{annotationId}",
  scope: "annotate",
  tag: "Annotations",
  summary: "Delete an annotation",
  description: "Deletes it if it is still at `version` (a query parameter). The record and its history are kept.",
  params: annotationParams,
  query: z.object({
    version: z.coerce.number<string>().pipe(recordVersion).describe("The annotation's version as last read."),
  }),
  responses: { 200: { description: "The annotation as deleted.", schema: annotationSchema } },
  problems: [403, 404, 409, 422],
  conflictCurrent: annotationSchema,
});

export const submitAnnotation = defineOperation({
  operationId: "submitAnnotation",
  method: "post",
  path: "/annotations/{annotationId}/submit",
  scope: "annotate",
  tag: "Annotations",
  summary: "Submit an annotation for review",
  description:
    "A draft (or one with changes requested) goes to review, if it is complete. A refusal says why in `problems`, in the words the card shows.",
  params: annotationParams,
  body: versionBody,
  responses: { 200: { description: "The annotation, submitted.", schema: annotationSchema } },
  problems: [403, 404, 409, 422],
  conflictCurrent: annotationSchema,
});
