import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VERDICT_RATINGS, type VerdictRating } from "@/lib/enums";
import { panelOutcome, scalePosition } from "./majority";

describe("panelOutcome", () => {
  it("rules on unanimity and on a majority", () => {
    expect(panelOutcome({ votes: ["FALSE", "FALSE", "FALSE"] })).toEqual({
      outcome: "unanimous",
      rating: "FALSE",
      tally: [{ rating: "FALSE", votes: 3 }],
      spread: 0,
    });
    expect(panelOutcome({ votes: ["MOSTLY_TRUE", "TRUE", "TRUE"] })).toEqual({
      outcome: "majority",
      rating: "TRUE",
      tally: [
        { rating: "TRUE", votes: 2 },
        { rating: "MOSTLY_TRUE", votes: 1 },
      ],
      spread: 1,
    });
  });

  it("two steps apart is still a majority; three steps apart is a split even with a majority", () => {
    expect(panelOutcome({ votes: ["TRUE", "TRUE", "MIXED"] })).toMatchObject({ outcome: "majority", rating: "TRUE", spread: 2 });
    expect(panelOutcome({ votes: ["TRUE", "TRUE", "MOSTLY_FALSE"] })).toMatchObject({
      outcome: "split",
      reasons: ["too-far-apart"],
      majority: "TRUE",
      spread: 3,
    });
  });

  it("no majority is a split, with every reason that applies", () => {
    expect(panelOutcome({ votes: ["TRUE", "MOSTLY_TRUE", "MIXED"] })).toMatchObject({
      outcome: "split",
      reasons: ["no-majority"],
      majority: null,
    });
    expect(panelOutcome({ votes: ["TRUE", "MIXED", "FALSE"] })).toMatchObject({
      outcome: "split",
      reasons: ["no-majority", "too-far-apart"],
      spread: 4,
    });
    expect(panelOutcome({ votes: ["TRUE", "TRUE", "FALSE", "FALSE"] })).toMatchObject({
      outcome: "split",
      reasons: ["no-majority", "too-far-apart"],
    });
    expect(panelOutcome({ votes: ["MIXED", "MIXED", "MOSTLY_TRUE", "MOSTLY_FALSE"] })).toMatchObject({
      outcome: "split",
      reasons: ["no-majority"],
    });
  });

  it("reads the steps from the verdict scale: Misleading sits with Mostly false, Unverifiable has no place", () => {
    expect(panelOutcome({ votes: ["MISLEADING", "MOSTLY_FALSE", "MOSTLY_FALSE"] })).toMatchObject({
      outcome: "majority",
      rating: "MOSTLY_FALSE",
      spread: 0,
    });
    expect(panelOutcome({ votes: ["MISLEADING", "MISLEADING", "TRUE"] })).toMatchObject({
      outcome: "split",
      reasons: ["too-far-apart"],
      majority: "MISLEADING",
    });
    expect(panelOutcome({ votes: ["UNVERIFIABLE", "UNVERIFIABLE", "TRUE"] })).toMatchObject({
      outcome: "majority",
      rating: "UNVERIFIABLE",
      spread: 0,
    });
    expect(panelOutcome({ votes: ["UNVERIFIABLE", "UNVERIFIABLE"] })).toMatchObject({ outcome: "unanimous", spread: null });
    expect(VERDICT_RATINGS.map(scalePosition)).toEqual([5, 4, 3, 2, 1, 2, null]);
  });

  it("counts a seat that did not vote as siding with nobody when the vote was closed early", () => {
    expect(panelOutcome({ votes: ["FALSE", "FALSE"], seats: 3 })).toMatchObject({ outcome: "majority", rating: "FALSE" });
    expect(panelOutcome({ votes: ["FALSE"], seats: 3 })).toMatchObject({ outcome: "split", reasons: ["no-majority"] });
    expect(panelOutcome({ votes: ["FALSE", "FALSE"], seats: 4 })).toMatchObject({ outcome: "split", reasons: ["no-majority"] });
    expect(panelOutcome({ votes: [], seats: 3 })).toEqual({ outcome: "no-votes", tally: [], spread: null });
  });

  it("refuses a panel with more votes than seats and a rating that is not on the scale", () => {
    expect(() => panelOutcome({ votes: ["TRUE", "TRUE"], seats: 1 })).toThrow("A panel of 1 seats cannot have 2 votes.");
    expect(() => panelOutcome({ votes: ["SATIRE" as VerdictRating] })).toThrow('"SATIRE" is not a verdict on the scale.');
  });
});

describe("panelOutcome properties", () => {
  const votes = fc.array(fc.constantFrom(...VERDICT_RATINGS), { maxLength: 7 });

  it("does not depend on the order of the votes", () => {
    fc.assert(
      fc.property(
        votes.chain((cast) =>
          fc.tuple(fc.constant(cast), fc.shuffledSubarray(cast, { minLength: cast.length }), fc.integer({ min: 0, max: 3 })),
        ),
        ([cast, shuffled, empty]) => {
          const seats = cast.length + empty;
          expect(panelOutcome({ votes: shuffled, seats })).toEqual(panelOutcome({ votes: cast, seats }));
        },
      ),
    );
  });

  it("a ruling always has more than half of the seats, and unanimity all of them", () => {
    fc.assert(
      fc.property(votes, fc.integer({ min: 0, max: 3 }), (cast, empty) => {
        const seats = cast.length + empty;
        const result = panelOutcome({ votes: cast, seats });
        if (result.outcome === "unanimous" || result.outcome === "majority") {
          const support = cast.filter((vote) => vote === result.rating).length;
          expect(support * 2).toBeGreaterThan(seats);
          expect(result.outcome === "unanimous").toBe(support === seats);
        }
        expect(result.tally.reduce((sum, entry) => sum + entry.votes, 0)).toBe(cast.length);
      }),
    );
  });
});
