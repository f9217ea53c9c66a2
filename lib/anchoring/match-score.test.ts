import { describe, expect, it } from "vitest";
import { createMatchScorer, maxScoreWithErrors } from "./match-score";
import type { TextQuoteSelector } from "./types";

function quote(exact: string, prefix: string, suffix: string): TextQuoteSelector {
  return { type: "TextQuoteSelector", exact, prefix, suffix };
}

describe("createMatchScorer", () => {
  const text = "The rate rose to 5% in May. The rate rose to 5% in June.";

  it("scores a perfect match at the expected offset as 1", () => {
    const score = createMatchScorer(text, quote("rose to 5%", "The rate ", " in May."), 9);
    expect(score(9, 19, 0)).toEqual({ score: 1, context: 1 });
  });

  it("weights quote 50, prefix 20, suffix 20 and position 2 as Hypothesis does", () => {
    const score = createMatchScorer(text, quote("rose to 5%", "The rate ", " in May."), 9);
    // Second occurrence: same prefix, suffix " in June" differs from " in May." by 4 edits of 8.
    const second = score(37, 47, 0);
    const positionScore = 1 - 28 / text.length;
    expect(second.context).toBeCloseTo((1 + 0.5) / 2, 10);
    expect(second.score).toBeCloseTo((50 + 20 + 20 * 0.5 + 2 * positionScore) / 92, 10);
    // One error in ten quote characters costs five points of 92.
    expect(score(9, 19, 1).score).toBeCloseTo(87 / 92, 10);
  });

  it("treats a missing stored context as a match only at the text edge", () => {
    const atEdges = createMatchScorer("abc", quote("abc", "", ""));
    expect(atEdges(0, 3, 0)).toEqual({ score: 1, context: 1 });
    const moved = createMatchScorer("xx abc yy", quote("abc", "", ""));
    expect(moved(3, 6, 0)).toEqual({ score: (50 + 10 + 10 + 2) / 92, context: 0.5 });
  });

  it("scores context with edit distance, so an inserted word costs only its length", () => {
    const score = createMatchScorer("He said that the tax rose by 2p in April.", quote("the tax rose", "He said ", " by 2p in April."));
    const start = "He said that ".length;
    // "He said " is found by skipping the five inserted characters "that ": 1 − 5/8 = 0.375.
    // A fixed window of the last eight characters ("id that ") would share almost nothing.
    expect(score(start, start + 12, 0).context).toBe((0.375 + 1) / 2);
  });

  it("never scores a match above the ceiling for its error count", () => {
    const score = createMatchScorer(text, quote("rose to 5%", "The rate ", " in May."), 9);
    expect(score(9, 19, 0).score).toBe(maxScoreWithErrors(10, 0));
    expect(score(9, 19, 2).score).toBeCloseTo(maxScoreWithErrors(10, 2), 10);
    expect(score(37, 47, 0).score).toBeLessThan(maxScoreWithErrors(10, 0));
    expect(maxScoreWithErrors(10, 3)).toBeLessThan(maxScoreWithErrors(10, 2));
  });

  it("scores a context cut short by the text edge as partial", () => {
    const score = createMatchScorer("tax rose", quote("tax rose", "the new ", ""));
    expect(score(0, 8, 0).context).toBe(0.5);
  });
});
