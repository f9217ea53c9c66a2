import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { editAnnotationRefusal } from "@/lib/policies/annotations";
import { claimAndWriteFields, type ClaimedAnnotation, type FieldValues } from "@/lib/server/annotations/claim-and-write";
import { conflictError, MAX_MERGE_ATTEMPTS, readScopedAnnotation } from "@/lib/server/annotations/claim-version";
import { sendBackToReview } from "@/lib/server/annotations/send-back-to-review";
import { readAnnotationView } from "@/lib/server/annotations/read-annotation-view";
import type { AnnotationPatch, UpdateAnnotationInput } from "@/lib/validation/annotation";
import { clashingFields, mergedPatch } from "@/lib/annotations/field-merge";
import { wrongKindRefusal } from "@/lib/annotations/card-fields";
import { checkCopiedRating } from "@/lib/server/fact-checks/check-copied-rating";

export type UpdateAnnotationOptions = { actor: Actor; input: UpdateAnnotationInput };

/**
 * Saves a reviewer's edit if nobody saved in between, or if those who did changed none of the
 * fields this edit changes (three-way merge against `base`); otherwise refuses with the current state.
 *
 * A field edit is five round trips: the session's user, BEGIN, one statement that claims the
 * version, writes the fields and appends the audit event (lib/server/annotations/claim-and-write.ts),
 * the card's view read once with its relations joined, COMMIT. A verdict or the claims an opinion
 * rests on add their own writes.
 */
export async function updateAnnotation({ actor, input }: UpdateAnnotationOptions) {
  const { annotationId, version, base } = input;
  return getDb().$transaction(async (tx) => {
    let claimed = version;
    let patch = input.patch;
    let annotation: ClaimedAnnotation | null = null;
    for (let attempt = 0; !annotation; attempt++) {
      const { verdict, restsOnIds, ...fields } = patch;
      annotation = await claimAndWriteFields(tx, {
        actor,
        annotationId,
        version: claimed,
        fields: fields satisfies FieldValues,
        withVerdictBefore: verdict !== undefined,
        audit: {
          // What each changed field held before (read by the statement), the verdict and the claims an opinion rests on included.
          beforeExtra: {
            version: claimed,
            ...(claimed !== version && { mergedFrom: version }),
            ...(restsOnIds && { restsOnIds: await restsOnAt(tx, annotationId, claimed) }),
          },
          after: { ...fields, version: claimed + 1, ...(verdict !== undefined && { verdict }), ...(restsOnIds && { restsOnIds }) },
        },
      });
      if (annotation) break;
      // Not written: deleted, out of the actor's scope, or another save came first.
      const current = await readScopedAnnotation(tx, actor, annotationId);
      if (!current) throw new AppError("NOT_FOUND", "That annotation was deleted.");
      // Merged when nobody changed these fields since `base`; claimed at the version just compared,
      // so if yet another save came in between, that claim is refused too and compared again.
      if (!base || attempt >= MAX_MERGE_ATTEMPTS || clashingFields(input.patch, base, current).length > 0) throw conflictError(current);
      claimed = current.version;
      // Onto their version goes only what this save changed: a field sent as it was must not undo theirs.
      patch = mergedPatch(input.patch, base);
    }

    const { verdict, restsOnIds } = patch;
    const refusal = editAnnotationRefusal(actor, annotation);
    if (refusal) throw new AppError("FORBIDDEN", refusal);
    const wrongKind = wrongKindRefusal(annotation.kind, patch);
    if (wrongKind) throw new AppError("INVALID", wrongKind);
    await sendBackToReview(tx, {
      actor,
      claimed: [
        { annotationId, articleId: annotation.articleId, status: annotation.status, version: claimed, newVersion: annotation.version },
      ],
    });

    if (verdict === null) await tx.verdict.deleteMany({ where: { annotationId } });
    if (verdict) await writeVerdict(tx, actor, annotationId, verdict);
    if (restsOnIds) {
      const claims = await tx.annotation.findMany({
        where: { id: { in: restsOnIds }, articleId: annotation.articleId, kind: "CLAIM", deletedAt: null },
        select: { id: true },
      });
      if (claims.length !== new Set(restsOnIds).size)
        throw new AppError("INVALID", "An opinion can only rest on claims in the same article.");
      await tx.annotation.update({ where: { id: annotationId }, data: { restsOn: { set: claims } }, select: { id: true } });
    }
    return readAnnotationView(tx, annotationId);
  });
}

/**
 * The verdict's parts that were given: a part left out stays as stored; null clears the rationale.
 * A rating is a draft copied from an earlier fact-check when it names one (checked to be that
 * fact-check's rating on our scale), and set by hand otherwise, which clears the mark.
 */
async function writeVerdict(tx: Tx, actor: Actor, annotationId: string, verdict: NonNullable<AnnotationPatch["verdict"]>) {
  const rationale = verdict.rationale === null ? Prisma.JsonNull : verdict.rationale;
  if (verdict.rating) {
    const copiedFromFactCheckId = verdict.copiedFromFactCheckId
      ? await checkCopiedRating(tx, actor, verdict.copiedFromFactCheckId, verdict.rating)
      : null;
    await tx.verdict.upsert({
      where: { annotationId },
      create: { annotationId, rating: verdict.rating, rationale, authorId: actor.id, copiedFromFactCheckId },
      update: { rating: verdict.rating, rationale, authorId: actor.id, copiedFromFactCheckId },
      select: { id: true },
    });
    return;
  }
  const { count } = await tx.verdict.updateMany({ where: { annotationId }, data: { rationale, authorId: actor.id } });
  if (count === 0) throw new AppError("INVALID", "Choose a verdict before writing its rationale.");
}

/**
 * The claims an opinion rested on at `version`. Read before the claim: if the claim at that
 * version then succeeds, nothing changed in between (every change moves the version).
 */
async function restsOnAt(tx: Tx, annotationId: string, version: number) {
  const row = await tx.annotation.findFirst({ where: { id: annotationId, version }, select: { restsOn: { select: { id: true } } } });
  return row?.restsOn.map((claim) => claim.id) ?? [];
}
