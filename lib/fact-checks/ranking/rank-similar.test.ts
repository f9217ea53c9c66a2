import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankSimilar } from "./rank-similar";

const stats = { documents: 50, averageClaimLength: 5, averageHeadlineLength: 3 };

describe("rankSimilar", () => {
  it("orders by score and gives equal scores to the entry that came first", () => {
    const terms = [
      { lexeme: "mast", documents: 2 },
      { lexeme: "covid", documents: 10 },
    ];
    const ranked = rankSimilar(
      terms,
      [
        { id: "copy", vector: "'mast':1A 'covid':2A", order: 2 },
        { id: "weak", vector: "'covid':1A 'flu':2A", order: 0 },
        { id: "original", vector: "'mast':1A 'covid':2A", order: 1 },
        { id: "none", vector: "'cat':1A", order: 3 },
      ],
      stats,
      5,
    );
    expect(ranked.map((entry) => entry.id)).toEqual(["original", "copy", "weak"]);
    expect(ranked[0]!.matchedLexemes.toSorted()).toEqual(["covid", "mast"]);
  });

  it("answers at most `limit`, best first, whatever the candidates", () => {
    const lexeme = fc.constantFrom("a", "b", "c", "d");
    fc.assert(
      fc.property(
        fc.array(fc.record({ lexeme, documents: fc.nat(50) }), { maxLength: 4 }),
        fc.array(fc.array(fc.tuple(lexeme, fc.constantFrom("A", "B", "C", "")), { maxLength: 6 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 10 }),
        (terms, documents, limit) => {
          const candidates = documents.map((entries, order) => ({
            id: `d${order}`,
            order,
            vector: entries.map(([word, weight], position) => `'${word}':${position + 1}${weight}`).join(" "),
          }));
          const ranked = rankSimilar(terms, candidates, stats, limit);
          expect(ranked.length).toBeLessThanOrEqual(limit);
          for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
          expect(ranked.every((entry) => entry.score > 0 && Number.isFinite(entry.score))).toBe(true);
        },
      ),
    );
  });
});
