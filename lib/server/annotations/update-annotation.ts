import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { editAnnotationRefusal } from "@/lib/policies/annotations";
import { recordAudit } from "@/lib/server/audit";
import { claimAnnotationVersion } from "@/lib/server/annotations/claim-version";
import { readAnnotationView } from "@/lib/server/annotations/read-annotation-view";
import type { UpdateAnnotationInput } from "@/lib/validation/annotation";
import { clashingFields } from "@/lib/annotations/field-merge";
import type { AnnotationView } from "@/lib/annotations/types";

/** Saves landing on the same card in a burst: after this many merges in a row, the save is refused. */
const MAX_MERGE_ATTEMPTS = 10;

export type UpdateAnnotationOptions = { actor: Actor; input: UpdateAnnotationInput };

/**
 * Saves a reviewer's edit if nobody saved in between, or if those who did changed none of the
 * fields this edit changes (three-way merge against `base`); otherwise refuses with the current state.
 */
export async function updateAnnotation({ actor, input }: UpdateAnnotationOptions) {
  const { annotationId, version, patch, base } = input;
  return getDb().$transaction(async (tx) => {
    const claim = (at: number) =>
      claimAnnotationVersion(tx, { actor, annotationId, version: at, rule: editAnnotationRefusal, isContentChange: true });
    let before: Awaited<ReturnType<typeof claim>> | undefined;
    let claimed = version;
    for (let attempt = 0; !before; attempt++) {
      try {
        before = await claim(claimed);
      } catch (error) {
        // A refused claim wrote nothing, so the transaction can go on and try the merge.
        const current =
          error instanceof AppError && error.code === "CONFLICT" ? (error.details.current as AnnotationView | undefined) : undefined;
        if (!base || !current || attempt >= MAX_MERGE_ATTEMPTS || clashingFields(patch, base, current).length > 0) throw error;
        // Claimed at the version just compared: if yet another save came in between, that claim
        // is refused too and the comparison is made again, never on values that are already gone.
        claimed = current.version;
      }
    }
    if (patch.verdict !== undefined && before.kind !== "CLAIM") throw new AppError("INVALID", "Only claims carry a verdict.");
    if (patch.restsOnIds !== undefined && before.kind !== "OPINION") throw new AppError("INVALID", "Only opinions rest on claims.");

    const { verdict, restsOnIds, ...fields } = patch;
    if (Object.keys(fields).length) await tx.annotation.update({ where: { id: annotationId }, data: fields });
    if (verdict === null) await tx.verdict.deleteMany({ where: { annotationId } });
    if (verdict) {
      // undefined leaves the stored rationale alone; null clears it.
      const rationale = verdict.rationale === null ? Prisma.JsonNull : verdict.rationale;
      await tx.verdict.upsert({
        where: { annotationId },
        create: { annotationId, rating: verdict.rating, rationale, authorId: actor.id },
        update: { rating: verdict.rating, rationale, authorId: actor.id },
      });
    }
    if (restsOnIds) {
      const claims = await tx.annotation.findMany({
        where: { id: { in: restsOnIds }, articleId: before.articleId, kind: "CLAIM", deletedAt: null },
        select: { id: true },
      });
      if (claims.length !== new Set(restsOnIds).size)
        throw new AppError("INVALID", "An opinion can only rest on claims in the same article.");
      await tx.annotation.update({ where: { id: annotationId }, data: { restsOn: { set: claims } } });
    }
    const after = await readAnnotationView(tx, annotationId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "annotation.updated",
      entityType: "Annotation",
      entityId: annotationId,
      articleId: before.articleId,
      // What each changed field held before, the verdict and the claims an opinion rests on included.
      before: {
        ...pick(before, Object.keys(fields)),
        version: claimed,
        ...(claimed !== version && { mergedFrom: version }),
        ...(verdict !== undefined && { verdict: before.verdict }),
        ...(restsOnIds && { restsOnIds: before.restsOn.map((claim) => claim.id) }),
      },
      after: {
        ...pick(after, Object.keys(fields)),
        version: after.version,
        ...(verdict !== undefined && { verdict }),
        ...(restsOnIds && { restsOnIds }),
      },
    });
    return after;
  });
}

function pick(row: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.map((key) => [key, row[key]]));
}
