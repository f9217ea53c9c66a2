import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compareRanked, HEAD_NUMBER_BOOST, PHRASE_BOOST, rankPage, scoreCandidate, type SearchCandidate } from "./rank";
import { SEARCH_RESULT_TYPES } from "./types";

const candidate = (id: string, textRank: number, rest: Partial<SearchCandidate> = {}): SearchCandidate => ({
  type: "finding",
  id,
  textRank,
  phrase: false,
  numbersInHeadFields: false,
  similarity: 0,
  ...rest,
});

describe("scoreCandidate", () => {
  it("boosts the words standing together and figures in a claim or title", () => {
    expect(scoreCandidate(candidate("a", 0.5))).toBe(0.5);
    expect(scoreCandidate(candidate("a", 0.5, { phrase: true }))).toBeCloseTo(0.5 * PHRASE_BOOST);
    expect(scoreCandidate(candidate("a", 0.5, { phrase: true, numbersInHeadFields: true }))).toBeCloseTo(
      0.5 * PHRASE_BOOST * HEAD_NUMBER_BOOST,
    );
  });

  it("scores a near match by its similarity", () => {
    expect(scoreCandidate(candidate("a", 0, { similarity: 0.42 }))).toBe(0.42);
  });
});

describe("rankPage", () => {
  it("orders best first, then by type and id, and pages after a cursor without repeats or gaps", () => {
    const all = [candidate("b", 0.2), candidate("a", 0.2), candidate("c", 0.9), candidate("d", 0.2, { type: "article" })];
    const first = rankPage(all, null, 2);
    expect(first.page.map((entry) => entry.id)).toEqual(["c", "a"]);
    expect(first.hasMore).toBe(true);
    const second = rankPage(all, { ...first.page.at(-1)!, near: false }, 2);
    expect(second.page.map((entry) => entry.id)).toEqual(["b", "d"]);
    expect(second.hasMore).toBe(false);
  });

  it("pages through any candidates exactly once each, in order", () => {
    const candidates = fc.uniqueArray(
      fc.record({
        type: fc.constantFrom(...SEARCH_RESULT_TYPES),
        id: fc.stringMatching(/^[a-z0-9]{1,6}$/),
        textRank: fc.constantFrom(0, 0.1, 0.25, 0.5, 1),
        phrase: fc.boolean(),
        numbersInHeadFields: fc.boolean(),
        similarity: fc.constant(0),
      }),
      { selector: (entry) => `${entry.type}:${entry.id}`, maxLength: 60 },
    );
    fc.assert(
      fc.property(candidates, fc.integer({ min: 1, max: 7 }), (all, size) => {
        const seen: string[] = [];
        let cursor = null;
        for (let pages = 0; pages <= all.length; pages++) {
          const { page, hasMore } = rankPage(all, cursor, size);
          seen.push(...page.map((entry) => `${entry.type}:${entry.id}`));
          if (!hasMore) break;
          cursor = { ...page.at(-1)!, near: false };
        }
        const expected = all
          .map((entry) => ({ ...entry, score: scoreCandidate(entry) }))
          .sort(compareRanked)
          .map((entry) => `${entry.type}:${entry.id}`);
        expect(seen).toEqual(expected);
      }),
    );
  });
});
