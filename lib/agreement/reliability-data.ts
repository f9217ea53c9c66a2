/** A rater's value for a unit: a category name (a verdict) or a number (a scale position). */
export type RatingValue = string | number;

/**
 * Reliability data: one row per unit (a claim), one column per rater; null or undefined is a
 * missing value (the rater did not rate that unit). Rows may differ in length. Which rater gave a
 * value does not enter any measure here, only which values a unit received.
 */
export type ReliabilityData<V extends RatingValue = RatingValue> = readonly (readonly (V | null | undefined)[])[];

/** The values one unit received, counted by value. */
export type UnitValues<V extends RatingValue> = { unit: number; counts: Map<V, number>; total: number };

/**
 * Counts each unit's values. A value that is a number must be finite: NaN would never equal
 * itself and would turn a measure into NaN instead of an error.
 */
export function countUnitValues<V extends RatingValue>(data: ReliabilityData<V>): UnitValues<V>[] {
  return data.map((row, unit) => {
    const counts = new Map<V, number>();
    let total = 0;
    for (const value of row) {
      if (value === null || value === undefined) continue;
      if (typeof value === "number" && !Number.isFinite(value)) {
        throw new RangeError(`Unit ${unit + 1} has the value ${value}; a rating must be a finite number or a name.`);
      }
      counts.set(value, (counts.get(value) ?? 0) + 1);
      total += 1;
    }
    return { unit, counts, total };
  });
}

/** Krippendorff: a unit with fewer than two values has no pair to compare and tells nothing about agreement. */
export function isPairable<V extends RatingValue>(unit: UnitValues<V>): boolean {
  return unit.total >= 2;
}
