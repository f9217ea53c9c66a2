import { z } from "zod";
import { recordId, recordVersion } from "@/lib/validation/fields";
import { REASON_REQUIRED } from "@/lib/workflow/reasons";

const reason = z.string({ message: "Say why." }).trim().min(1, REASON_REQUIRED).max(2000, "The reason can be at most 2,000 characters.");

const annotationRef = { annotationId: recordId, version: recordVersion };

/** Approving names the version the reviewer read: an approval covers that version only. */
export const approveAnnotationSchema = z.object({ ...annotationRef, note: z.string().trim().max(2000).optional() });
export const requestChangesSchema = z.object({ ...annotationRef, reason });
export const dismissAnnotationSchema = z.object({ ...annotationRef, reason });
export const reopenAnnotationSchema = z.object(annotationRef);

export type ApproveAnnotationInput = z.infer<typeof approveAnnotationSchema>;
export type ReasonedReviewInput = z.infer<typeof requestChangesSchema>;

const articleRef = { articleId: recordId };
const userId = recordId.nullable();

export const assignArticleSchema = z.object({ ...articleRef, checkerId: userId, reviewerId: userId });
/** With `nothingCheckWorthy`, an article without findings is signed off as having nothing check-worthy, for that reason. */
export const signOffArticleSchema = z.object({ ...articleRef, nothingCheckWorthy: reason.optional() });
export const reopenArticleSchema = z.object({ ...articleRef, reason });

export type AssignArticleInput = z.infer<typeof assignArticleSchema>;
export type ReopenArticleInput = z.infer<typeof reopenArticleSchema>;
export type SignOffArticleInput = z.infer<typeof signOffArticleSchema>;
