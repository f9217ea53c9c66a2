import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import type { VerdictRating } from "@/lib/enums";
import { AppError } from "@/lib/errors";
import { mapRating } from "@/lib/fact-checks/map-rating";
import { readableFactCheckWhere } from "@/lib/server/fact-checks/readable-fact-checks";
import { VERDICT_LABELS } from "@/lib/verdicts/scale";

/**
 * A verdict may say its rating was copied from an earlier fact-check only if this actor may see
 * that fact-check and the rating is that fact-check's own on our scale: the mark can never claim
 * a publisher said what they did not. Answers the fact-check's id to store.
 */
export async function checkCopiedRating(tx: Tx, actor: Pick<Actor, "role">, factCheckId: string, rating: VerdictRating): Promise<string> {
  const factCheck = await tx.factCheck.findFirst({
    where: { id: factCheckId, ...readableFactCheckWhere(actor) },
    select: { id: true, ratingName: true, ratingValue: true, bestRating: true, worstRating: true, publisherName: true },
  });
  if (!factCheck) throw new AppError("NOT_FOUND", "That earlier fact-check is no longer in the library.");
  const mapped = mapRating({
    alternateName: factCheck.ratingName,
    ratingValue: factCheck.ratingValue,
    bestRating: factCheck.bestRating,
    worstRating: factCheck.worstRating,
  });
  if (mapped !== rating) {
    const theirs = factCheck.ratingName ? `“${factCheck.ratingName}”` : "its rating";
    const said = mapped ? `maps to ${VERDICT_LABELS[mapped]}` : "has no place on our scale";
    throw new AppError(
      "INVALID",
      `${factCheck.publisherName ?? "The publisher"}'s rating ${theirs} ${said}, not ${VERDICT_LABELS[rating]}.`,
      {
        field: "verdict.copiedFromFactCheckId",
      },
    );
  }
  return factCheck.id;
}
