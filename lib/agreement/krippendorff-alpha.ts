import { countUnitValues, isPairable, type RatingValue, type ReliabilityData, type UnitValues } from "./reliability-data";

/**
 * Krippendorff's alpha, computed as in Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability" (Annenberg School for Communication, departmental paper 43):
 *
 *   alpha = 1 - Do / De,  Do = (1/n) Σc Σk o_ck δ²ck,  De = 1/(n(n-1)) Σc Σk n_c n_k δ²ck
 *
 * where o is the coincidence matrix of the pairable values (each unit with m_u ≥ 2 values adds
 * every ordered pair of its values with weight 1/(m_u - 1)), n_c its marginals and n their sum.
 * Units with fewer than two values are left out, as the paper says: they have nothing to pair with.
 *
 * δ² by metric: nominal 0 or 1; interval (c - k)²; ordinal (Σ_{g=c..k} n_g - (n_c + n_k)/2)² over
 * the ordered category list, so an ordinal distance grows with how many values lie between two
 * categories, not with their labels. Categories nobody used have n_g = 0 and change nothing.
 *
 * Convention for the cases where alpha is 0/0 (written here because pages show it):
 * - no unit has two values: `status: "undefined"`, reason "no-pairable-values", Do and De null;
 * - every pairable value is the same category: De = 0, and Krippendorff calls alpha undefined
 *   then (data without variation cannot tell agreement from chance): `status: "undefined"`,
 *   reason "no-variation", Do = De = 0. Never NaN, and never a 1 that would look like perfect
 *   reliability.
 *
 * No npm package was fit to wrap: the one published (`krippendorff` 0.1.0, one release) takes a
 * pairwise distance only, so it cannot express the ordinal metric, which depends on the marginals,
 * and it answers NaN when alpha is undefined.
 */
export type AlphaMetric = "nominal" | "ordinal" | "interval";

export type KrippendorffAlphaOptions<V extends RatingValue> =
  | { metric: "nominal"; data: ReliabilityData<V> }
  /** `categories` is the scale from lowest to highest (or the reverse: alpha is the same). */
  | { metric: "ordinal"; data: ReliabilityData<V>; categories: readonly V[] }
  | { metric: "interval"; data: ReliabilityData<V & number> };

export type AlphaUndefinedReason = "no-pairable-values" | "no-variation";

export const ALPHA_UNDEFINED_MESSAGES: Record<AlphaUndefinedReason, string> = {
  "no-pairable-values": "No item has two ratings yet, so there is nothing to compare.",
  "no-variation": "Every rating was the same, so agreement cannot be told apart from chance: alpha is undefined.",
};

type AlphaCounts<V extends RatingValue> = {
  metric: AlphaMetric;
  /** Units with at least two values: the ones alpha is computed from. */
  units: number;
  /** Units with exactly one value, left out of every count here. */
  unitsLeftOut: number;
  /** n: the values in the pairable units. */
  pairableValues: number;
  /** The categories in the order of the coincidence matrix's rows and columns. */
  categories: V[];
  /** o_ck, Krippendorff's coincidence matrix (symmetric; row sums are n_c). */
  coincidences: number[][];
};

export type AlphaResult<V extends RatingValue> =
  | (AlphaCounts<V> & { status: "defined"; alpha: number; observedDisagreement: number; expectedDisagreement: number })
  | (AlphaCounts<V> & {
      status: "undefined";
      reason: AlphaUndefinedReason;
      alpha: null;
      observedDisagreement: number | null;
      expectedDisagreement: number | null;
    });

export function krippendorffAlpha<V extends RatingValue>(options: KrippendorffAlphaOptions<V>): AlphaResult<V> {
  const units = countUnitValues<V>(options.data);
  checkValues(options, units);
  const pairable = units.filter(isPairable);
  const categories = categoryList(options, pairable);
  const coincidences = coincidenceMatrix(pairable, categories);
  const marginals = categories.map((category) => pairable.reduce((sum, unit) => sum + (unit.counts.get(category) ?? 0), 0));
  const n = marginals.reduce((sum, count) => sum + count, 0);
  const counts: AlphaCounts<V> = {
    metric: options.metric,
    units: pairable.length,
    unitsLeftOut: units.filter((unit) => unit.total === 1).length,
    pairableValues: n,
    categories,
    coincidences,
  };
  if (n === 0) {
    return {
      ...counts,
      status: "undefined",
      reason: "no-pairable-values",
      alpha: null,
      observedDisagreement: null,
      expectedDisagreement: null,
    };
  }

  const delta2 = distanceFunction(options.metric, categories, marginals);
  let observed = 0;
  let expected = 0;
  coincidences.forEach((row, c) =>
    row.forEach((o, k) => {
      if (c === k) return;
      const d = delta2(c, k);
      observed += o * d;
      expected += cell(marginals, c) * cell(marginals, k) * d;
    }),
  );
  const observedDisagreement = observed / n;
  const expectedDisagreement = expected / (n * (n - 1));
  // With two or more categories in use every term of De is positive, so De is 0 exactly when the
  // pairable values never vary.
  if (expectedDisagreement === 0) {
    return { ...counts, status: "undefined", reason: "no-variation", alpha: null, observedDisagreement, expectedDisagreement };
  }
  return {
    ...counts,
    status: "defined",
    alpha: 1 - observedDisagreement / expectedDisagreement,
    observedDisagreement,
    expectedDisagreement,
  };
}

/** Every value is checked, the left-out ones too: a bad rating is an error wherever it sits. */
function checkValues<V extends RatingValue>(options: KrippendorffAlphaOptions<V>, units: UnitValues<V>[]) {
  if (options.metric === "ordinal") {
    const known = new Set<V>(options.categories);
    if (known.size !== options.categories.length) throw new RangeError("The ordinal categories list a category twice.");
    for (const unit of units) {
      for (const value of unit.counts.keys()) {
        if (!known.has(value))
          throw new RangeError(`Unit ${unit.unit + 1} has the value ${JSON.stringify(value)}, which is not an ordinal category.`);
      }
    }
  }
  if (options.metric === "interval") {
    for (const unit of units) {
      for (const value of unit.counts.keys()) {
        if (typeof value !== "number")
          throw new RangeError(`Unit ${unit.unit + 1} has the value ${JSON.stringify(value)}; interval data must be numbers.`);
      }
    }
  }
}

/**
 * The ordinal list as given; otherwise the values that occur in pairable units, in one canonical
 * order (numbers ascending, then names by code unit), so that neither the order of units nor a
 * value only a left-out unit has can change a sum.
 */
function categoryList<V extends RatingValue>(options: KrippendorffAlphaOptions<V>, pairable: UnitValues<V>[]): V[] {
  if (options.metric === "ordinal") return [...options.categories];
  const seen = new Set<V>();
  for (const unit of pairable) for (const value of unit.counts.keys()) seen.add(value);
  return [...seen].sort(compareValues);
}

function compareValues(a: RatingValue, b: RatingValue): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * o_ck = Σ_u n_uc (n_uk - [c = k]) / (m_u - 1). Units are summed in integers per m_u first and
 * divided once per m_u, so the matrix does not depend on the order of the units (floating-point
 * sums would, in the last bits).
 */
function coincidenceMatrix<V extends RatingValue>(pairable: UnitValues<V>[], categories: V[]): number[][] {
  const groups = [...new Set(pairable.map((unit) => unit.total))]
    .sort((a, b) => a - b)
    .map((size) => ({ size, units: pairable.filter((unit) => unit.total === size) }));
  const count = (unit: UnitValues<V>, value: V) => unit.counts.get(value) ?? 0;
  return categories.map((c) =>
    categories.map((k) =>
      groups.reduce((sum, { size, units }) => {
        const pairs = units.reduce((total, unit) => total + count(unit, c) * (count(unit, k) - (c === k ? 1 : 0)), 0);
        return sum + pairs / (size - 1);
      }, 0),
    ),
  );
}

/** δ² between the categories at two positions of the list. */
function distanceFunction<V extends RatingValue>(
  metric: AlphaMetric,
  categories: V[],
  marginals: number[],
): (c: number, k: number) => number {
  switch (metric) {
    case "nominal":
      return (c, k) => (c === k ? 0 : 1);
    case "interval": {
      const values = categories.map(Number);
      return (c, k) => (cell(values, c) - cell(values, k)) ** 2;
    }
    case "ordinal": {
      // below[i] = Σ_{g<i} n_g, so Σ_{g=c..k} n_g = below[k + 1] - below[c] for c ≤ k.
      const below = [0];
      for (const count of marginals) below.push(cell(below, below.length - 1) + count);
      return (c, k) => {
        const [low, high] = c <= k ? [c, k] : [k, c];
        return (cell(below, high + 1) - cell(below, low) - (cell(marginals, low) + cell(marginals, high)) / 2) ** 2;
      };
    }
  }
}

/** Reads a position the loops here only ask for in range (the array's type cannot know that). */
function cell(list: readonly number[], index: number): number {
  return list[index] ?? 0;
}
