import { describe, expect, it } from "vitest";
import { copiedRatingLabel } from "./copied-rating";

describe("copiedRatingLabel", () => {
  it("names the publisher and their own words for the rating", () => {
    expect(copiedRatingLabel({ factCheckId: "f", publisher: "PolitiFact", ratingName: "Pants on Fire!" })).toBe(
      "Draft copied from PolitiFact's rating “Pants on Fire!”",
    );
  });

  it("says less, never something untrue, while the names are not known", () => {
    expect(copiedRatingLabel({ factCheckId: "f", publisher: null, ratingName: null })).toBe(
      "Draft copied from an earlier fact-check's rating",
    );
    expect(copiedRatingLabel({ factCheckId: "f", publisher: "Snopes", ratingName: null })).toBe("Draft copied from Snopes's rating");
  });
});
