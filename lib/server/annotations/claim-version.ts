import "server-only";
import type { Actor } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canEditAnnotation } from "@/lib/policies/annotations";
import { annotationSelect, toAnnotationView } from "@/lib/server/annotations/annotation-view";

/**
 * Every change to an annotation card (fields, verdict, sources, deletion) starts here: it checks
 * the actor may edit, then moves the version on only if it is still the one the editor read. The
 * version in the WHERE makes check and write one atomic step, so two saves can never both pass.
 */
export async function claimAnnotationVersion(tx: Tx, actor: Actor, annotationId: string, version: number) {
  const before = await tx.annotation.findFirst({ where: { id: annotationId, deletedAt: null }, select: annotationSelect });
  if (!before) throw new AppError("NOT_FOUND", "That annotation was deleted.");
  if (!canEditAnnotation(actor, { authorId: before.author.id, status: before.status })) {
    throw new AppError(
      "FORBIDDEN",
      before.status === "APPROVED" ? "Approved annotations cannot be edited." : "Only the author or an editor can change this annotation.",
    );
  }
  const { count } = await tx.annotation.updateMany({
    where: { id: annotationId, version, deletedAt: null },
    data: { version: { increment: 1 } },
  });
  if (count === 0) {
    throw new AppError(
      "CONFLICT",
      "Someone else saved this annotation since you opened it. Their version is shown; your edit was not saved.",
      {
        current: toAnnotationView(before),
      },
    );
  }
  return before;
}
