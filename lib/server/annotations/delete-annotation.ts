import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { editAnnotationRefusal } from "@/lib/policies/annotations";
import { recordAudit } from "@/lib/server/audit";
import { ARTICLE_FROZEN } from "@/lib/workflow/annotation-status";
import { staleStepMessage } from "@/lib/workflow/lost-decision";
import { annotationSelect, toAnnotationView } from "@/lib/server/annotations/annotation-view";
import { claimAnnotationVersion } from "@/lib/server/annotations/claim-version";
import { readAnnotationView } from "@/lib/server/annotations/read-annotation-view";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";

/** Soft deletion: the row stays, so undo and the audit trail both keep everything. */
export async function deleteAnnotation({ actor, input }: { actor: Actor; input: { annotationId: string; version: number } }) {
  return getDb().$transaction(async (tx) => {
    const before = await claimAnnotationVersion(tx, {
      actor,
      ...input,
      rule: editAnnotationRefusal,
      conflictMessage: staleStepMessage("delete"),
    });
    const deletedAt = new Date();
    const after = await tx.annotation.update({ where: { id: before.id }, data: { deletedAt }, select: annotationSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "annotation.deleted",
      entityType: "Annotation",
      entityId: before.id,
      articleId: before.articleId,
      before: { deletedAt: null },
      after: { deletedAt },
    });
    return toAnnotationView(after);
  });
}

export async function restoreAnnotation({ actor, input }: { actor: Actor; input: { annotationId: string; version: number } }) {
  return getDb().$transaction(async (tx) => {
    const deleted = await tx.annotation.findFirst({
      where: { id: input.annotationId, deletedAt: { not: null }, article: readableArticleWhere(actor) },
      select: { authorId: true, status: true, articleId: true, article: { select: { status: true } } },
    });
    if (!deleted) throw new AppError("NOT_FOUND", "There is no deleted annotation to restore.");
    // Restoring puts a finding back into the article, so the article's status counts as for any
    // edit: a signed-off article stays frozen (restoring there would add a finding nobody reviewed).
    const refusal = editAnnotationRefusal(actor, {
      authorId: deleted.authorId,
      status: deleted.status,
      articleStatus: deleted.article.status,
    });
    if (refusal) throw new AppError("FORBIDDEN", refusal);
    const { count } = await tx.annotation.updateMany({
      where: { id: input.annotationId, version: input.version, deletedAt: { not: null } },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "The annotation changed since it was deleted; reload to see it.");
    // Read again under the row lock just taken: a sign-off that was in flight has committed by now.
    const article = await tx.article.findUniqueOrThrow({ where: { id: deleted.articleId }, select: { status: true } });
    const frozen = ARTICLE_FROZEN[article.status];
    if (frozen) throw new AppError("FORBIDDEN", frozen);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "annotation.restored",
      entityType: "Annotation",
      entityId: input.annotationId,
      articleId: deleted.articleId,
      before: { deleted: true },
      after: { deleted: false },
    });
    return readAnnotationView(tx, input.annotationId);
  });
}
