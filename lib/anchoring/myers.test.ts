import { describe, expect, it } from "vitest";
import { anchoredDistance, approxSearch, compilePattern, editDistance, scanDistances } from "./myers";

// Textbook O(n·m) dynamic programming: the last row of the edit-distance matrix, where row 0 is
// free (search) or costs one per text character (anchored).
function lastRow(pattern: string, text: string, anchored: boolean): number[] {
  let previous = Array.from({ length: text.length + 1 }, (_, j) => (anchored ? j : 0));
  for (let i = 1; i <= pattern.length; i++) {
    const current = [i];
    for (let j = 1; j <= text.length; j++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j - 1] ?? 0) + cost, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous;
}

function allDistances(pattern: string, text: string, anchored: boolean): number[] {
  const out: number[] = anchored ? [] : [pattern.length];
  scanDistances(compilePattern(pattern), text, 0, 1, text.length, anchored, Infinity, (_column, errors) => {
    out.push(errors);
  });
  return out;
}

// Deterministic pseudo-random generator so failures are reproducible.
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomString(next: () => number, length: number, alphabet: string): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

describe("scanDistances", () => {
  it("matches the textbook dynamic programme for short and multi-block patterns", () => {
    const next = random(7);
    for (let trial = 0; trial < 300; trial++) {
      const pattern = randomString(next, 1 + Math.floor(next() * 100), "abcd ");
      const text = randomString(next, Math.floor(next() * 160), "abcde ");
      for (const anchored of [false, true]) {
        expect(allDistances(pattern, text, anchored), `${anchored} ${pattern} / ${text}`).toEqual(
          lastRow(pattern, text, anchored),
        );
      }
    }
  });

  it("handles patterns of exactly 32 and 64 code units and astral characters", () => {
    for (const pattern of ["x".repeat(32), "ab".repeat(32), "😀a😀b".repeat(8)]) {
      const text = `zz${pattern.slice(0, 20)}q${pattern.slice(21)}zz😀`;
      expect(allDistances(pattern, text, false)).toEqual(lastRow(pattern, text, false));
      expect(allDistances(pattern, text, true)).toEqual(lastRow(pattern, text, true));
    }
  });

  it("walks backwards when asked to", () => {
    // Reversed pattern against the text read right-to-left from offset 6 ("fedcba").
    expect(anchoredDistance(compilePattern("fed"), "abcdefgh", 5, -1, 6)).toBe(0);
    expect(anchoredDistance(compilePattern("fxd"), "abcdefgh", 5, -1, 6)).toBe(1);
    expect(anchoredDistance(compilePattern("fed"), "abcdefgh", 5, -1, 1)).toBe(2);
  });
});

describe("anchoredDistance and editDistance", () => {
  it("match the textbook dynamic programme", () => {
    const next = random(11);
    for (let trial = 0; trial < 300; trial++) {
      const pattern = randomString(next, Math.floor(next() * 70), "abc ");
      const text = randomString(next, Math.floor(next() * 90), "abcd ");
      const row = lastRow(pattern, text, true);
      const compiled = compilePattern(pattern);
      expect(anchoredDistance(compiled, text, 0, 1, text.length)).toBe(Math.min(...row));
      expect(editDistance(compiled, text, 0, text.length)).toBe(row[text.length]);
    }
  });

  it("measures a slice of a longer text", () => {
    expect(editDistance(compilePattern("kitten"), "a sitting b", 2, 9)).toBe(3);
    expect(editDistance(compilePattern(""), "abc", 0, 2)).toBe(2);
    expect(editDistance(compilePattern("abc"), "abc", 1, 1)).toBe(3);
  });
});

describe("approxSearch", () => {
  it("finds an exact occurrence with zero errors", () => {
    expect(approxSearch("the cat sat on the mat", "sat on", 1)).toEqual([{ start: 8, end: 14, errors: 0 }]);
  });

  it("reports one match per occurrence, with its start", () => {
    const text = "alpha brave charlie ... alpha brove charlie";
    const matches = approxSearch(text, "brave", 1).sort((a, b) => a.start - b.start);
    expect(matches).toEqual([
      { start: 6, end: 11, errors: 0 },
      { start: 30, end: 35, errors: 1 },
    ]);
  });

  it("handles insertions and deletions", () => {
    expect(approxSearch("xx the  quick fox xx", "the quick fox", 2)).toEqual([{ start: 3, end: 17, errors: 1 }]);
    expect(approxSearch("xx the quik fox xx", "the quick fox", 2)).toEqual([{ start: 3, end: 15, errors: 1 }]);
  });

  it("finds nothing beyond the error budget", () => {
    expect(approxSearch("completely different", "the quick fox", 3)).toEqual([]);
    expect(approxSearch("abc", "", 3)).toEqual([]);
  });

  it("limits the search to a range", () => {
    const text = "needle ... needle ... needle";
    expect(approxSearch(text, "needle", 0, { from: 5, to: 20 })).toEqual([{ start: 11, end: 17, errors: 0 }]);
  });

  it("keeps the best matches nearest the hint when capped", () => {
    const text = "abcd----abcd----abcd";
    expect(approxSearch(text, "abcd", 0, { maxMatches: 1, hint: 9 })).toEqual([{ start: 8, end: 12, errors: 0 }]);
  });
});
