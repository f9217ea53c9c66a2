import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { editAnnotationRefusal } from "@/lib/policies/annotations";
import { recordAudit } from "@/lib/server/audit";
import { readAnnotationView } from "@/lib/server/annotations/read-annotation-view";
import { claimAnnotationVersion } from "@/lib/server/annotations/claim-version";
import { sourceData } from "@/lib/server/sources/add-source";
import type { SourceFields } from "@/lib/validation/source";

export type UpdateSourceOptions = {
  actor: Actor;
  input: { annotationId: string; version: number; sourceId: string; source: SourceFields };
};

/** Edits a source's fields (a typo in its title, a better archive link). Removing one is removeSource. */
export async function updateSource({ actor, input }: UpdateSourceOptions) {
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
    const after = await tx.source.update({ where: { id: before.id }, data: sourceData(input.source) });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "source.updated",
      entityType: "Source",
      entityId: before.id,
      articleId: annotation.articleId,
      before,
      after,
    });
    return readAnnotationView(tx, annotation.id);
  });
}
