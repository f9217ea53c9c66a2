import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VERDICT_RATINGS } from "@/lib/enums";
import { VERDICT_SCALE } from "@/lib/verdicts/scale";
import { mapRating, ratingFromNumbers, ratingFromWords, type PublishedRating } from "./map-rating";

const named = (alternateName: string | null): PublishedRating => ({
  alternateName,
  ratingValue: null,
  bestRating: null,
  worstRating: null,
});
const scored = (ratingValue: number, worstRating = 1, bestRating = 5, alternateName: string | null = null): PublishedRating => ({
  alternateName,
  ratingValue,
  bestRating,
  worstRating,
});

describe("mapRating by the publisher's words", () => {
  it.each([
    ["False", "FALSE"],
    ["FALSE!", "FALSE"],
    ["Pants on Fire!", "FALSE"],
    ["Mostly False", "MOSTLY_FALSE"],
    ["mostly-false", "MOSTLY_FALSE"],
    ["Half True", "MIXED"],
    ["Half-true", "MIXED"],
    ["Mixture", "MIXED"],
    ["Misleading", "MISLEADING"],
    ["True, but misleading", "MISLEADING"],
    ["Missing context", "MISLEADING"],
    ["Unproven", "UNVERIFIABLE"],
    ["Research In Progress", "UNVERIFIABLE"],
    ["Mostly True", "MOSTLY_TRUE"],
    ["True", "TRUE"],
    ["Correct", "TRUE"],
    ["Not true", "FALSE"],
    ["Incorrect: the figure was 4.1%", "FALSE"],
    ["Four Pinocchios", "FALSE"],
    ["Faux", "FALSE"],
    ["Engañoso", "MISLEADING"],
    ["Irreführend", "MISLEADING"],
    ["Verdadero", "TRUE"],
  ] as const)("%s → %s", (name, rating) => {
    expect(mapRating(named(name))).toBe(rating);
  });

  it("maps nothing it has no word for, and no name at all", () => {
    expect(mapRating(named("Satire"))).toBeNull();
    expect(mapRating(named("Legend"))).toBeNull();
    expect(mapRating(named(""))).toBeNull();
    expect(mapRating(named(null))).toBeNull();
    // Whole words only: "truest" and "falsehoods" are not "true" and "false".
    expect(ratingFromWords("Truest story")).toBeNull();
    expect(ratingFromWords("falsehoods")).toBeNull();
  });

  it("reads every label of our own scale back as itself", () => {
    for (const { rating, label } of VERDICT_SCALE) expect(ratingFromWords(label)).toBe(rating);
  });
});

describe("mapRating by the numbers", () => {
  it("places the value's position between worst and best on our five-point line", () => {
    expect([1, 2, 3, 4, 5].map((value) => mapRating(scored(value)))).toEqual(["FALSE", "MOSTLY_FALSE", "MIXED", "MOSTLY_TRUE", "TRUE"]);
    expect(mapRating(scored(0, 0, 1))).toBe("FALSE");
    expect(mapRating(scored(1, 0, 1))).toBe("TRUE");
    expect(mapRating(scored(7, 1, 10))).toBe("MOSTLY_TRUE");
  });

  it("counts down as well as up", () => {
    expect(mapRating(scored(1, 5, 1))).toBe("TRUE");
    expect(mapRating(scored(5, 5, 1))).toBe("FALSE");
  });

  it("wins over the words, except for Misleading and Unverifiable, which no number can say", () => {
    expect(mapRating(scored(5, 1, 5, "False"))).toBe("TRUE");
    // Our own ClaimReview export: Misleading is a 2 only because the format wants a number.
    expect(mapRating(scored(2, 1, 5, "Misleading"))).toBe("MISLEADING");
    expect(mapRating(scored(3, 1, 5, "Unproven"))).toBe("UNVERIFIABLE");
  });

  it("falls back to the words when the numbers are missing, outside the range or a flat scale", () => {
    expect(mapRating(scored(9, 1, 5, "Mostly false"))).toBe("MOSTLY_FALSE");
    expect(mapRating(scored(-1, 1, 5, "True"))).toBe("TRUE");
    expect(mapRating(scored(3, 3, 3, "Half true"))).toBe("MIXED");
    expect(mapRating({ alternateName: "False", ratingValue: 1, bestRating: null, worstRating: 1 })).toBe("FALSE");
    expect(ratingFromNumbers({ alternateName: null, ratingValue: Number.NaN, bestRating: 5, worstRating: 1 })).toBeNull();
  });

  it("answers a rating of our scale or null for any input, and never throws", () => {
    const number = fc.option(fc.double(), { nil: null });
    fc.assert(
      fc.property(fc.option(fc.string(), { nil: null }), number, number, number, (alternateName, ratingValue, bestRating, worstRating) => {
        const rating = mapRating({ alternateName, ratingValue, bestRating, worstRating });
        expect(rating === null || VERDICT_RATINGS.includes(rating)).toBe(true);
      }),
    );
  });

  it("keeps the order of the publisher's line: a higher value never maps lower", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const place = (value: number) => ["FALSE", "MOSTLY_FALSE", "MIXED", "MOSTLY_TRUE", "TRUE"].indexOf(mapRating(scored(value, 0, 1))!);
        expect(place(low)).toBeLessThanOrEqual(place(high));
      }),
    );
  });
});
