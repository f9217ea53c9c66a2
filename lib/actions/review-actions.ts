"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { approveAnnotation, dismissAnnotation, requestChanges } from "@/lib/server/reviews/review-annotation";
import { reopenAnnotation } from "@/lib/server/reviews/reopen-annotation";
import { assignArticle } from "@/lib/server/articles/assign-article";
import { signOffArticle } from "@/lib/server/articles/sign-off-article";
import { reopenArticle } from "@/lib/server/articles/reopen-article";
import {
  approveAnnotationSchema,
  assignArticleSchema,
  dismissAnnotationSchema,
  reopenAnnotationSchema,
  reopenArticleSchema,
  requestChangesSchema,
  signOffArticleSchema,
} from "@/lib/validation/review";

// Review steps on one annotation: the card applies the result to its store.
export const approveAnnotationAction = defineAction(approveAnnotationSchema, (actor, input) => approveAnnotation({ actor, input }));
export const requestChangesAction = defineAction(requestChangesSchema, (actor, input) => requestChanges({ actor, input }));
export const dismissAnnotationAction = defineAction(dismissAnnotationSchema, (actor, input) => dismissAnnotation({ actor, input }));
export const reopenAnnotationAction = defineAction(reopenAnnotationSchema, (actor, input) => reopenAnnotation({ actor, input }));

// Article-level steps change what the whole page shows, so the page is rendered again.
export const assignArticleAction = defineAction(assignArticleSchema, async (actor, input) => {
  const result = await assignArticle({ actor, input });
  revalidatePath(`/articles/${input.articleId}`);
  return result;
});
export const signOffArticleAction = defineAction(signOffArticleSchema, async (actor, input) => {
  const result = await signOffArticle({ actor, input });
  revalidatePath(`/articles/${input.articleId}`);
  return result;
});
export const reopenArticleAction = defineAction(reopenArticleSchema, async (actor, input) => {
  const result = await reopenArticle({ actor, input });
  revalidatePath(`/articles/${input.articleId}`);
  return result;
});
