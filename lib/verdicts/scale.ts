import { VERDICT_RATINGS, type VerdictRating } from "@/lib/enums";

type VerdictInfo = { label: string; ratingValue: number | null; description: string };

/**
 * The fixed verdict scale and its schema.org ClaimReview mapping (reviewRating with
 * worstRating 1, bestRating 5, ratingValue and alternateName). Misleading sits with Mostly false:
 * the claim is accurate in letter but leaves a false impression. Unverifiable has no number on
 * purpose: any value would place it on the true–false scale, so exports give only its name.
 */
const SCALE = {
  TRUE: { label: "True", ratingValue: 5, description: "Accurate, nothing significant missing." },
  MOSTLY_TRUE: { label: "Mostly true", ratingValue: 4, description: "Accurate but needs clarification or context." },
  MIXED: { label: "Mixed", ratingValue: 3, description: "Partly accurate, partly not." },
  MOSTLY_FALSE: { label: "Mostly false", ratingValue: 2, description: "An element of truth, but the main point is wrong." },
  FALSE: { label: "False", ratingValue: 1, description: "Not accurate." },
  MISLEADING: { label: "Misleading", ratingValue: 2, description: "Accurate in letter, false in the impression it gives." },
  UNVERIFIABLE: { label: "Unverifiable", ratingValue: null, description: "Cannot be checked with the evidence available." },
} as const satisfies Record<VerdictRating, VerdictInfo>;

/** The scale in the schema's order; a verdict added to the schema is a compile error above until it is placed. */
export const VERDICT_SCALE: readonly ({ rating: VerdictRating } & VerdictInfo)[] = VERDICT_RATINGS.map((rating) => ({
  rating,
  ...SCALE[rating],
}));

export const VERDICT_LABELS = Object.fromEntries(VERDICT_SCALE.map((v) => [v.rating, v.label])) as Record<VerdictRating, string>;

export const BEST_RATING = 5;
export const WORST_RATING = 1;

export function verdictInfo(rating: VerdictRating): VerdictInfo {
  return SCALE[rating];
}

/** Only Unverifiable may go to review without a cited source (enforced on the server). */
export function verdictNeedsSource(rating: VerdictRating): boolean {
  return rating !== "UNVERIFIABLE";
}
