import { describe, expect, it } from "vitest";
import { correctionSummaryParam, readCorrectionSummary } from "./correction";

describe("the ?corrected= parameter", () => {
  it("reads what the correction's redirect wrote", () => {
    expect(readCorrectionSummary(correctionSummaryParam({ reanchored: 3, orphaned: 1 }))).toEqual({ reanchored: 3, orphaned: 1 });
    expect(readCorrectionSummary("0-0")).toEqual({ reanchored: 0, orphaned: 0 });
  });

  it("writes the counts as the redirect always has", () => {
    expect(correctionSummaryParam({ reanchored: 1, orphaned: 0 })).toBe("1-0");
  });

  it("ignores anything else a URL can carry, without throwing", () => {
    for (const value of [undefined, "", "abc", "1", "1-", "-1", "1-2-3", "1.5-0", "-1-0", "1-0 ", "9".repeat(400), ["1-0", "2-0"], 42])
      expect(readCorrectionSummary(value)).toBeNull();
  });
});
