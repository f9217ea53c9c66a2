import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { editAnnotationRefusal } from "@/lib/policies/annotations";
import { recordAudit } from "@/lib/server/audit";
import { readAnnotationView } from "@/lib/server/annotations/read-annotation-view";
import { claimAnnotationVersion } from "@/lib/server/annotations/claim-version";
import { sourceData } from "@/lib/server/sources/add-source";
import { removeSource } from "@/lib/server/sources/remove-source";
import type { SourceFields } from "@/lib/validation/source";

export type UpdateSourceOptions = {
  actor: Actor;
  // `null` is only for removeSourceAction until it calls removeSource itself; then the type becomes SourceFields.
  input: { annotationId: string; version: number; sourceId: string; source: SourceFields | null };
};

/** Edits a source's fields. Removing one is removeSource. */
export async function updateSource({ actor, input }: UpdateSourceOptions) {
  const { source: fields, ...ref } = input;
  if (fields === null) return removeSource({ actor, input: ref });
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
    const after = await tx.source.update({ where: { id: before.id }, data: sourceData(fields) });
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
