import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { editAnnotationRefusal } from "@/lib/policies/annotations";
import { recordAudit } from "@/lib/server/audit";
import { claimAnnotationVersion } from "@/lib/server/annotations/claim-version";
import { readAnnotationView } from "@/lib/server/annotations/read-annotation-view";

export type RemoveSourceOptions = { actor: Actor; input: { annotationId: string; version: number; sourceId: string } };

/** Takes a source off its annotation. Soft: the row stays, so the history and the audit trail keep it. */
export async function removeSource({ actor, input }: RemoveSourceOptions) {
  return getDb().$transaction(async (tx) => {
    const annotation = await claimAnnotationVersion(tx, {
      actor,
      annotationId: input.annotationId,
      version: input.version,
      rule: editAnnotationRefusal,
      isContentChange: true,
    });
    const before = await tx.source.findFirst({ where: { id: input.sourceId, annotationId: annotation.id, deletedAt: null } });
    if (!before) throw new AppError("NOT_FOUND", "That source was already removed.");
    const after = await tx.source.update({ where: { id: before.id }, data: { deletedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "source.removed",
      entityType: "Source",
      entityId: before.id,
      articleId: annotation.articleId,
      before,
      after,
    });
    return readAnnotationView(tx, annotation.id);
  });
}
