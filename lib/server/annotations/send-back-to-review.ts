import "server-only";
import type { Actor } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import type { AnnotationStatus } from "@/lib/enums";
import type { ClaimedVersion } from "@/lib/server/annotations/claim-version";
import { recordAudits } from "@/lib/server/audit";
import { isAllowedFrom, nextStatus } from "@/lib/workflow/annotation-status";

export type SendBackToReviewOptions = {
  actor: Actor;
  /** The annotations whose content changed, each under its claim. */
  claimed: ClaimedVersion[];
  /** Why, when the change was not the actor's own edit of the finding (a correction of the text). */
  reason?: string;
};

/**
 * A change of content to approved findings: an approval covered the version before, so each goes
 * back to review (recorded). Answers the status each annotation has now, in the order given.
 */
export async function sendBackToReview(tx: Tx, { actor, claimed, reason }: SendBackToReviewOptions): Promise<AnnotationStatus[]> {
  // A finding that no edit may touch (dismissed) keeps its status: a correction moves its span too.
  const steps = claimed.map((annotation) => ({
    ...annotation,
    to: isAllowedFrom("edit", annotation.status) ? nextStatus("edit", annotation.status) : annotation.status,
  }));
  const sentBack = steps.filter((step) => step.to !== step.status);
  for (const to of new Set(sentBack.map((step) => step.to))) {
    const ids = sentBack.filter((step) => step.to === to).map((step) => step.annotationId);
    await tx.annotation.updateMany({ where: { id: { in: ids } }, data: { status: to } });
  }
  await recordAudits(
    tx,
    sentBack.map((step) => ({
      actorId: actor.id,
      action: "annotation.needs_review",
      entityType: "Annotation" as const,
      entityId: step.annotationId,
      articleId: step.articleId,
      before: { status: step.status, version: step.version },
      after: { status: step.to, version: step.newVersion, ...(reason && { reason }) },
    })),
  );
  return steps.map((step) => step.to);
}
