import { describe, expect, it } from "vitest";
import { MAX_QUERY_CHARACTERS, prepareQueryText } from "./query-text";

describe("prepareQueryText", () => {
  it("splits hashtags and handles at their case changes, digits and underscores", () => {
    expect(prepareQueryText("Fires #AustralianFires now").replace(/\s+/g, " ")).toBe("Fires Australian Fires now");
    expect(prepareQueryText("— Donald J. Trump (@realDonaldTrump)").replace(/\s+/g, " ")).toBe("— Donald J. Trump ( real Donald Trump )");
    expect(prepareQueryText("#COVID19 #Color_Of_Crime #NASAData").replace(/\s+/g, " ").trim()).toBe("COVID 19 Color Of Crime NASA Data");
  });

  it("leaves ordinary text, e-mail-like words and non-Latin tags readable", () => {
    expect(prepareQueryText("The £350m claim")).toBe("The £350m claim");
    expect(prepareQueryText("#مرحبا").trim()).toBe("مرحبا");
  });

  it("reads at most the first few thousand characters", () => {
    expect(prepareQueryText("a".repeat(MAX_QUERY_CHARACTERS + 10))).toHaveLength(MAX_QUERY_CHARACTERS);
  });
});
