import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { editAnnotationRefusal } from "@/lib/policies/annotations";
import { recordAudit } from "@/lib/server/audit";
import { staleStepMessage } from "@/lib/workflow/lost-decision";
import { annotationSelect, toAnnotationView } from "@/lib/server/annotations/annotation-view";
import { claimAnnotationVersion } from "@/lib/server/annotations/claim-version";
import { readAnnotationView } from "@/lib/server/annotations/read-annotation-view";

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

/**
 * Undoes a deletion. Restoring puts a finding back into the article, so it is claimed like any
 * edit: a signed-off article stays frozen (restoring there would add a finding nobody reviewed).
 */
export async function restoreAnnotation({ actor, input }: { actor: Actor; input: { annotationId: string; version: number } }) {
  return getDb().$transaction(async (tx) => {
    const restored = await claimAnnotationVersion(tx, {
      actor,
      ...input,
      rule: editAnnotationRefusal,
      isDeleted: true,
      conflictMessage: "The annotation changed since it was deleted; reload to see it.",
    });
    await tx.annotation.update({ where: { id: restored.id }, data: { deletedAt: null }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "annotation.restored",
      entityType: "Annotation",
      entityId: restored.id,
      articleId: restored.articleId,
      before: { deleted: true },
      after: { deleted: false },
    });
    return readAnnotationView(tx, restored.id);
  });
}
