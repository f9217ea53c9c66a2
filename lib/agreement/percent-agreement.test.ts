import { describe, expect, it } from "vitest";
import { percentAgreement } from "./percent-agreement";

describe("percentAgreement", () => {
  it("pools the pairs of Krippendorff's (2011) 4 × 12 example, counted by hand", () => {
    // Units as rows: unit 12 has one value and is left out. Pairs per unit: 3, 6 × 8, 3, 1 = 55;
    // equal pairs: 3 + 3 + 6 + 6 + 6 + 0 + 6 + 3 + 6 + 3 + 1 = 43.
    const data = [
      [1, 1, null, 1],
      [2, 2, 3, 2],
      [3, 3, 3, 3],
      [3, 3, 3, 3],
      [2, 2, 2, 2],
      [1, 2, 3, 4],
      [4, 4, 4, 4],
      [1, 1, 2, 1],
      [2, 2, 2, 2],
      [null, 5, 5, 5],
      [null, null, 1, 1],
      [null, 3, null, null],
    ];
    expect(percentAgreement(data)).toEqual({ status: "defined", agreement: 43 / 55, agreeingPairs: 43, pairs: 55, units: 11 });
  });

  it("is 1 for agreement, 0 when every pair differs, and undefined without a pair", () => {
    expect(percentAgreement([["TRUE", "TRUE", "TRUE"]]).agreement).toBe(1);
    expect(percentAgreement([["TRUE", "FALSE", "MIXED"]]).agreement).toBe(0);
    expect(percentAgreement([["TRUE"], [null, "FALSE"]])).toMatchObject({
      status: "undefined",
      reason: "no-pairable-values",
      agreement: null,
    });
  });
});
