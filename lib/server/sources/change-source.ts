import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { editAnnotationRefusal } from "@/lib/policies/annotations";
import { recordAudit } from "@/lib/server/audit";
import { claimAnnotationVersion } from "@/lib/server/annotations/claim-version";
import { readAnnotationView } from "@/lib/server/annotations/read-annotation-view";
import { sourceChangeRefusal } from "@/lib/annotations/source-merge";
import type { SourceFields } from "@/lib/validation/source";

/** One source of an annotation, at the version the editor saw, with the source as it was then (`base`, to merge). */
export type SourceRef = { annotationId: string; version: number; sourceId: string; base?: SourceFields };

/**
 * A change to one of an annotation's live sources (edited or removed): a change of the annotation,
 * so it claims the annotation's version under the edit rule, and is audited with the source as it
 * was and as it is. Answers the annotation's view. Made on a version that is gone, it still lands
 * when the source is as its `base` says (others changed something else); otherwise it is refused.
 */
export async function changeSource(options: {
  actor: Actor;
  input: SourceRef;
  action: "source.updated" | "source.removed";
  data: Prisma.SourceUpdateInput;
  /** A rule the changed source must keep, checked under the claim before it is written. */
  check?: (tx: Tx, annotationId: string) => Promise<void>;
}) {
  const { actor, input, action, data, check } = options;
  const { base } = input;
  return getDb().$transaction(async (tx) => {
    const annotation = await claimAnnotationVersion(tx, {
      actor,
      annotationId: input.annotationId,
      version: input.version,
      rule: editAnnotationRefusal,
      isContentChange: true,
      ...(base && { mergeRefusal: (current) => sourceChangeRefusal(current, input.sourceId, base) }),
    });
    const before = await tx.source.findFirst({ where: { id: input.sourceId, annotationId: annotation.id, deletedAt: null } });
    if (!before) throw new AppError("NOT_FOUND", "That source was already removed.");
    await check?.(tx, annotation.id);
    const after = await tx.source.update({ where: { id: before.id }, data });
    await recordAudit(tx, {
      actorId: actor.id,
      action,
      entityType: "Source",
      entityId: before.id,
      articleId: annotation.articleId,
      before: annotation.mergedFrom ? { ...before, mergedFrom: annotation.mergedFrom } : before,
      after,
    });
    return readAnnotationView(tx, annotation.id);
  });
}
