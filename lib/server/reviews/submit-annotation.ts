import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { editAnnotationRefusal } from "@/lib/policies/annotations";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/notifications/notify";
import { annotationSelect, toAnnotationView } from "@/lib/server/annotations/annotation-view";
import { claimAnnotationVersion } from "@/lib/server/annotations/claim-version";
import { nextStatus, transitionProblems } from "@/lib/workflow/annotation-status";
import { staleStepMessage } from "@/lib/workflow/lost-decision";

export type SubmitAnnotationOptions = { actor: Actor; input: { annotationId: string; version: number } };

/** Draft (or changes requested) → submitted for review, only when the finding is complete (lib/workflow/annotation-status). */
export async function submitAnnotation({ actor, input }: SubmitAnnotationOptions) {
  return getDb().$transaction(async (tx) => {
    // Submitting changes the card, so whoever may edit it may claim it; the table then decides the step.
    const before = await claimAnnotationVersion(tx, {
      actor,
      ...input,
      rule: editAnnotationRefusal,
      conflictMessage: staleStepMessage("submit"),
    });
    const problems = transitionProblems("submit", { ...before, authorId: before.author.id, sourceCount: before.sources.length }, actor);
    if (problems.length) throw new AppError("INVALID", `Not ready for review: ${problems.join(" ")}`, { problems });
    const after = await tx.annotation.update({
      where: { id: before.id },
      data: { status: nextStatus("submit", before.status) },
      select: annotationSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "annotation.submitted",
      entityType: "Annotation",
      entityId: before.id,
      articleId: before.articleId,
      before: { status: before.status },
      after: { status: after.status },
    });
    const article = await tx.article.findUniqueOrThrow({ where: { id: before.articleId }, select: { title: true, reviewerId: true } });
    await notify(tx, {
      userIds: [article.reviewerId],
      kind: "REVIEW_REQUESTED",
      actorId: actor.id,
      articleId: before.articleId,
      annotationId: before.id,
      message: `${actor.name} submitted a finding on “${article.title}” for review.`,
    });
    return toAnnotationView(after);
  });
}
