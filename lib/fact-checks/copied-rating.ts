// How a card names a rating copied from an earlier fact-check. Pure, beside the other "checked before" rules.
import type { CopiedRating } from "@/lib/annotations/types";

/** "Draft copied from PolitiFact's rating “Pants on Fire!”"; less while the server has not yet said whose it is. */
export function copiedRatingLabel({ publisher, ratingName }: CopiedRating): string {
  const whose = publisher ? `${publisher}'s rating` : "an earlier fact-check's rating";
  return ratingName ? `Draft copied from ${whose} “${ratingName}”` : `Draft copied from ${whose}`;
}
