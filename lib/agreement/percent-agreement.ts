import { countUnitValues, isPairable, type RatingValue, type ReliabilityData } from "./reliability-data";

/**
 * Pairwise percentage agreement: of all pairs of values given to the same unit by two different
 * raters, the share that are equal. Pairs are pooled over units, so a claim rated by four people
 * (six pairs) weighs more than one rated by two (one pair); that is what the sentence "in 78% of
 * the pairs of ratings on the same claim, both raters agreed" says. Units with fewer than two
 * values have no pair and are left out, as for alpha. Not corrected for chance: that is alpha's
 * job, and the page shows both.
 */
export type PercentAgreement =
  | { status: "defined"; agreement: number; agreeingPairs: number; pairs: number; units: number }
  | { status: "undefined"; reason: "no-pairable-values"; agreement: null; agreeingPairs: 0; pairs: 0; units: 0 };

export function percentAgreement<V extends RatingValue>(data: ReliabilityData<V>): PercentAgreement {
  const pairable = countUnitValues(data).filter(isPairable);
  let pairs = 0;
  let agreeingPairs = 0;
  for (const unit of pairable) {
    pairs += choose2(unit.total);
    for (const count of unit.counts.values()) agreeingPairs += choose2(count);
  }
  if (pairs === 0) return { status: "undefined", reason: "no-pairable-values", agreement: null, agreeingPairs: 0, pairs: 0, units: 0 };
  return { status: "defined", agreement: agreeingPairs / pairs, agreeingPairs, pairs, units: pairable.length };
}

function choose2(count: number): number {
  return (count * (count - 1)) / 2;
}
