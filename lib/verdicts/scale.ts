import type { VerdictRating } from "@/lib/generated/prisma/enums";

/**
 * The fixed verdict scale and its schema.org ClaimReview mapping (reviewRating with
 * worstRating 1, bestRating 5, ratingValue and alternateName). Misleading sits with Mostly false:
 * the claim is accurate in letter but leaves a false impression. Unverifiable has no number on
 * purpose: any value would place it on the true–false scale, so exports give only its name.
 */
export const VERDICT_SCALE: readonly { rating: VerdictRating; label: string; ratingValue: number | null; description: string }[] = [
  { rating: "TRUE", label: "True", ratingValue: 5, description: "Accurate, nothing significant missing." },
  { rating: "MOSTLY_TRUE", label: "Mostly true", ratingValue: 4, description: "Accurate but needs clarification or context." },
  { rating: "MIXED", label: "Mixed", ratingValue: 3, description: "Partly accurate, partly not." },
  { rating: "MOSTLY_FALSE", label: "Mostly false", ratingValue: 2, description: "An element of truth, but the main point is wrong." },
  { rating: "FALSE", label: "False", ratingValue: 1, description: "Not accurate." },
  { rating: "MISLEADING", label: "Misleading", ratingValue: 2, description: "Accurate in letter, false in the impression it gives." },
  { rating: "UNVERIFIABLE", label: "Unverifiable", ratingValue: null, description: "Cannot be checked with the evidence available." },
];

export const BEST_RATING = 5;
export const WORST_RATING = 1;

export function verdictInfo(rating: VerdictRating) {
  return VERDICT_SCALE.find((v) => v.rating === rating)!;
}

/** Only Unverifiable may go to review without a cited source (enforced on the server). */
export function verdictNeedsSource(rating: VerdictRating): boolean {
  return rating !== "UNVERIFIABLE";
}
