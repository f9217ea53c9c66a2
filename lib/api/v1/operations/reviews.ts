import { z } from "zod";
import { ANNOTATION_KINDS, ANNOTATION_STATUSES } from "@/lib/enums";
import { defineOperation } from "@/lib/api/v1/define-operation";
import { annotationSchema, reviewSchema } from "@/lib/api/v1/schemas/annotation";
import { recordId } from "@/lib/validation/fields";
import { approveAnnotationSchema, dismissAnnotationSchema, reopenAnnotationSchema, requestChangesSchema } from "@/lib/validation/review";

// The review steps on one finding, over the same use cases as the review card
// (lib/server/reviews/*): the transition table decides the step, four-eyes included (the author
// and whoever made the latest change may not review it, whatever their role), and the version
// named in the body is the one the reviewer read, so a step on a version that moved on is a 409.

const annotationParams = z.object({ annotationId: recordId });

/** What a review step answers: the finding's workflow state after it (the card's full view is the annotations API's). */
export const reviewedAnnotationSchema = z
  .object({
    id: z.string(),
    articleId: z.string(),
    kind: z.enum(ANNOTATION_KINDS),
    status: z.enum(ANNOTATION_STATUSES),
    version: z.int().meta({ description: "The version after the step: the next change names it." }),
    author: z.object({ id: z.string(), name: z.string() }),
    lastEditedById: z.string().nullable().meta({ description: "Who made the latest change (four-eyes: they may not review it)." }),
    reviews: z.array(reviewSchema).meta({ description: "Oldest first." }),
  })
  .meta({ id: "ReviewedAnnotation" });

const REVIEW_PROBLEMS = [403, 404, 409, 422] as const;
const STEP_DESCRIPTION =
  "403 when the token lacks the scope, the role may not take the step, the finding's status does not allow it, or four-eyes refuses it (the author or the latest editor), with the card's words as the detail. 409 when `version` is no longer the finding's: `current` holds it as it is now.";

export const approveAnnotation = defineOperation({
  operationId: "approveAnnotation",
  method: "post",
  path: "/annotations/{annotationId}/approve",
  scope: "review",
  tag: "Reviews",
  summary: "Approve a finding in review",
  description: `Approves the version named, with an optional note. ${STEP_DESCRIPTION}`,
  params: annotationParams,
  body: approveAnnotationSchema.omit({ annotationId: true }),
  responses: { 200: { description: "Approved.", schema: reviewedAnnotationSchema } },
  problems: REVIEW_PROBLEMS,
  conflictCurrent: annotationSchema,
});

export const requestAnnotationChanges = defineOperation({
  operationId: "requestAnnotationChanges",
  method: "post",
  path: "/annotations/{annotationId}/request-changes",
  scope: "review",
  tag: "Reviews",
  summary: "Send a finding back to its author with a reason",
  description: `The reason is required (422 without it); the author and the latest editor are notified. ${STEP_DESCRIPTION}`,
  params: annotationParams,
  body: requestChangesSchema.omit({ annotationId: true }),
  responses: { 200: { description: "Changes requested.", schema: reviewedAnnotationSchema } },
  problems: REVIEW_PROBLEMS,
  conflictCurrent: annotationSchema,
});

export const dismissAnnotation = defineOperation({
  operationId: "dismissAnnotation",
  method: "post",
  path: "/annotations/{annotationId}/dismiss",
  scope: "review",
  tag: "Reviews",
  summary: "Take a finding out of the report with a reason",
  description: `A dismissed finding no longer stands in the way of sign-off; the reason is required. ${STEP_DESCRIPTION}`,
  params: annotationParams,
  body: dismissAnnotationSchema.omit({ annotationId: true }),
  responses: { 200: { description: "Dismissed.", schema: reviewedAnnotationSchema } },
  problems: REVIEW_PROBLEMS,
  conflictCurrent: annotationSchema,
});

export const reopenAnnotation = defineOperation({
  operationId: "reopenAnnotation",
  method: "post",
  path: "/annotations/{annotationId}/reopen",
  scope: "review",
  tag: "Reviews",
  summary: "Bring an approved or dismissed finding back to draft",
  description: `Editors and admins only. ${STEP_DESCRIPTION}`,
  params: annotationParams,
  body: reopenAnnotationSchema.omit({ annotationId: true }),
  responses: { 200: { description: "Back to draft.", schema: reviewedAnnotationSchema } },
  problems: REVIEW_PROBLEMS,
  conflictCurrent: annotationSchema,
});
