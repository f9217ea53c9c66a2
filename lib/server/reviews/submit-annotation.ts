import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { notify } from "@/lib/server/notifications/notify";
import { takeStatusStep } from "@/lib/server/reviews/take-status-step";
import { staleStepMessage } from "@/lib/workflow/lost-decision";

export type SubmitAnnotationOptions = { actor: Actor; input: { annotationId: string; version: number } };

/** Draft (or changes requested) → submitted for review, only when the finding is complete (lib/workflow/annotation-status). */
export async function submitAnnotation({ actor, input }: SubmitAnnotationOptions) {
  return getDb().$transaction(async (tx) => {
    const { annotation, view } = await takeStatusStep(tx, {
      actor,
      ...input,
      step: "submit",
      conflictMessage: staleStepMessage("submit"),
      audit: ({ from, to }) => ({ action: "annotation.submitted", before: { status: from }, after: { status: to } }),
    });
    const article = await tx.article.findUniqueOrThrow({ where: { id: annotation.articleId }, select: { title: true, reviewerId: true } });
    await notify(tx, {
      userIds: [article.reviewerId],
      kind: "REVIEW_REQUESTED",
      actorId: actor.id,
      articleId: annotation.articleId,
      annotationId: annotation.id,
      message: `${actor.name} submitted a finding on “${article.title}” for review.`,
    });
    return view;
  });
}
