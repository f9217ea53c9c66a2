import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { krippendorffAlpha, type AlphaMetric, type AlphaResult } from "./krippendorff-alpha";
import { percentAgreement } from "./percent-agreement";

const SCALE = [1, 2, 3, 4, 5];
type Data = (number | null | undefined)[][];

function alphaOf(metric: AlphaMetric, data: Data): AlphaResult<number> {
  if (metric === "ordinal") return krippendorffAlpha({ metric, data, categories: SCALE });
  return krippendorffAlpha({ metric, data });
}

const metric = fc.constantFrom<AlphaMetric>("nominal", "ordinal", "interval");
/** Units × raters, every rater's column the same length, a third of the cells missing. */
const matrix = fc.integer({ min: 1, max: 5 }).chain((raters) =>
  fc.array(fc.array(fc.option(fc.constantFrom(...SCALE), { nil: null, freq: 3 }), { minLength: raters, maxLength: raters }), {
    maxLength: 12,
  }),
);
const permutationOf = (length: number) =>
  fc.shuffledSubarray(
    Array.from({ length }, (_, index) => index),
    { minLength: length },
  );

describe("Krippendorff's alpha, properties", () => {
  it("perfect agreement gives 1 whenever alpha is defined, and 'no variation' when one category is all there is", () => {
    const agreeingUnit = fc.tuple(fc.constantFrom(...SCALE), fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 2 }));
    fc.assert(
      fc.property(metric, fc.array(agreeingUnit, { minLength: 1, maxLength: 10 }), (m, units) => {
        const data = units.map(([value, raters, missing]) => [...Array<number>(raters).fill(value), ...Array<null>(missing).fill(null)]);
        const result = alphaOf(m, data);
        if (new Set(units.map(([value]) => value)).size >= 2) {
          expect(result).toMatchObject({ status: "defined", alpha: 1, observedDisagreement: 0 });
        } else {
          expect(result).toMatchObject({ status: "undefined", reason: "no-variation", alpha: null });
        }
      }),
    );
  });

  it("permuting the raters (columns) changes nothing", () => {
    const withPermutation = matrix.chain((data) => fc.tuple(fc.constant(data), permutationOf(data[0]?.length ?? 0)));
    fc.assert(
      fc.property(metric, withPermutation, (m, [data, order]) => {
        expect(
          alphaOf(
            m,
            data.map((unit) => order.map((rater) => unit[rater])),
          ),
        ).toEqual(alphaOf(m, data));
      }),
    );
  });

  it("permuting the units (rows) changes nothing", () => {
    const withPermutation = matrix.chain((data) => fc.tuple(fc.constant(data), permutationOf(data.length)));
    fc.assert(
      fc.property(metric, withPermutation, (m, [data, order]) => {
        expect(
          alphaOf(
            m,
            order.map((unit) => data[unit] ?? []),
          ),
        ).toEqual(alphaOf(m, data));
      }),
    );
  });

  it("alpha is at most 1, with Do ≥ 0 and De > 0, whenever it is defined", () => {
    fc.assert(
      fc.property(metric, matrix, (m, data) => {
        const result = alphaOf(m, data);
        if (result.status === "defined") {
          expect(result.alpha).toBeLessThanOrEqual(1);
          expect(result.observedDisagreement).toBeGreaterThanOrEqual(0);
          expect(result.expectedDisagreement).toBeGreaterThan(0);
        } else {
          expect(result.alpha).toBeNull();
        }
      }),
    );
  });

  it("adding a unit with a single value changes nothing but the count of units left out", () => {
    fc.assert(
      fc.property(metric, matrix, fc.constantFrom(...SCALE), fc.nat(), fc.integer({ min: 0, max: 3 }), (m, data, value, at, missing) => {
        const position = data.length === 0 ? 0 : at % (data.length + 1);
        const single = [...Array<null>(missing).fill(null), value];
        const before = alphaOf(m, data);
        const after = alphaOf(m, [...data.slice(0, position), single, ...data.slice(position)]);
        expect(after).toEqual({ ...before, unitsLeftOut: before.unitsLeftOut + 1 });
      }),
    );
  });

  it("ordinal alpha ignores the direction of the scale and categories nobody used", () => {
    fc.assert(
      fc.property(matrix, (data) => {
        const base = krippendorffAlpha({ metric: "ordinal", data, categories: SCALE });
        const reversed = krippendorffAlpha({ metric: "ordinal", data, categories: [...SCALE].reverse() });
        const widened = krippendorffAlpha({ metric: "ordinal", data, categories: [0, 1, 1.5, 2, 3, 4, 5, 6] });
        for (const other of [reversed, widened]) {
          expect(other.status).toBe(base.status);
          if (base.alpha !== null) expect(other.alpha).toBeCloseTo(base.alpha, 10);
        }
      }),
    );
  });

  it("interval alpha does not move when every value is shifted by the same amount", () => {
    fc.assert(
      fc.property(matrix, fc.integer({ min: -50, max: 50 }), (data, shift) => {
        const base = krippendorffAlpha({ metric: "interval", data });
        const shifted = krippendorffAlpha({
          metric: "interval",
          data: data.map((unit) => unit.map((v) => (v === null ? null : v + shift))),
        });
        expect(shifted.status).toBe(base.status);
        if (base.alpha !== null) expect(shifted.alpha).toBeCloseTo(base.alpha, 10);
      }),
    );
  });
});

describe("percentage agreement, properties", () => {
  it("lies in [0, 1], is undefined exactly when alpha has no pairable values, and ignores the order of raters", () => {
    const withPermutation = matrix.chain((data) => fc.tuple(fc.constant(data), permutationOf(data[0]?.length ?? 0)));
    fc.assert(
      fc.property(withPermutation, ([data, order]) => {
        const result = percentAgreement(data);
        if (result.status === "defined") {
          expect(result.agreement).toBeGreaterThanOrEqual(0);
          expect(result.agreement).toBeLessThanOrEqual(1);
          expect(result.units).toBe(alphaOf("nominal", data).units);
        } else {
          expect(alphaOf("nominal", data)).toMatchObject({ status: "undefined", reason: "no-pairable-values" });
        }
        expect(percentAgreement(data.map((unit) => order.map((rater) => unit[rater])))).toEqual(result);
      }),
    );
  });
});
