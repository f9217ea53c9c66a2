import { describe, expect, it } from "vitest";
import { bm25fScore, fieldCounts, inverseDocumentFrequency } from "./bm25f";
import { parseTsvectorText } from "./tsvector-text";

describe("BM25F", () => {
  it("matches the formula worked by hand for one term in both fields", () => {
    // N = 100 documents, the term in 9: idf = ln(1 + 91.5 / 9.5).
    const idf = inverseDocumentFrequency(100, 9);
    expect(idf).toBeCloseTo(Math.log(1 + 91.5 / 9.5), 12);
    // Claim of 4 lexemes (average 8), headline of 2 (average 4), the term once in each:
    // x = 1 / (0.25 + 0.75 * 0.5) + 1 / (0.25 + 0.75 * 0.5) = 3.2; score = idf * 3.2 / 4.4.
    const document = fieldCounts(parseTsvectorText("'mast':1A,5B 'five':2A 'cause':3A 'covid':4A 'do':6B"));
    const { score, matched } = bm25fScore(new Map([["mast", idf]]), document, {
      documents: 100,
      averageClaimLength: 8,
      averageHeadlineLength: 4,
    });
    expect(matched).toEqual(["mast"]);
    expect(score).toBeCloseTo((idf * 3.2) / 4.4, 12);
  });

  it("ignores names (weight C) and scores nothing for no shared lexeme", () => {
    const document = fieldCounts(parseTsvectorText("'snopes':3C 'cat':1A"));
    expect(document.claimLength).toBe(1);
    expect(bm25fScore(new Map([["snopes", 2]]), document, { documents: 10, averageClaimLength: 1, averageHeadlineLength: 1 })).toEqual({
      score: 0,
      matched: [],
    });
  });

  it("ranks a rarer shared word above a common one, and a shorter claim above a longer one", () => {
    const stats = { documents: 1_000, averageClaimLength: 6, averageHeadlineLength: 4 };
    const query = new Map([
      ["rare", inverseDocumentFrequency(1_000, 3)],
      ["common", inverseDocumentFrequency(1_000, 600)],
    ]);
    const rare = bm25fScore(query, fieldCounts(parseTsvectorText("'rare':1A 'x':2A")), stats).score;
    const common = bm25fScore(query, fieldCounts(parseTsvectorText("'common':1A 'x':2A")), stats).score;
    const longer = bm25fScore(
      query,
      fieldCounts(parseTsvectorText("'rare':1A 'x':2A 'y':3A 'z':4A 'w':5A 'v':6A 'u':7A 't':8A")),
      stats,
    ).score;
    expect(rare).toBeGreaterThan(common);
    expect(rare).toBeGreaterThan(longer);
  });
});
