import { describe, expect, it } from "vitest";
import { BEST_RATING, VERDICT_SCALE, WORST_RATING, verdictInfo, verdictNeedsSource } from "./scale";

describe("verdict scale", () => {
  it("has the seven documented verdicts in order", () => {
    expect(VERDICT_SCALE.map((v) => v.label)).toEqual([
      "True",
      "Mostly true",
      "Mixed",
      "Mostly false",
      "False",
      "Misleading",
      "Unverifiable",
    ]);
  });

  it("maps every rated verdict into the ClaimReview range and leaves Unverifiable unrated", () => {
    for (const verdict of VERDICT_SCALE) {
      if (verdict.rating === "UNVERIFIABLE") expect(verdict.ratingValue).toBeNull();
      else {
        expect(verdict.ratingValue).toBeGreaterThanOrEqual(WORST_RATING);
        expect(verdict.ratingValue).toBeLessThanOrEqual(BEST_RATING);
      }
    }
    expect(verdictInfo("TRUE").ratingValue).toBe(5);
    expect(verdictInfo("FALSE").ratingValue).toBe(1);
    expect(verdictInfo("MISLEADING").ratingValue).toBe(2);
  });

  it("requires a source for every verdict but Unverifiable", () => {
    expect(VERDICT_SCALE.filter((v) => !verdictNeedsSource(v.rating)).map((v) => v.rating)).toEqual(["UNVERIFIABLE"]);
  });
});
