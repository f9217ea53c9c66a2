import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyLexemeQuery, chooseCandidateTerms } from "./candidate-terms";

describe("chooseCandidateTerms", () => {
  it("takes the rarest terms until their rows reach the budget, and always one", () => {
    const terms = [
      { lexeme: "trump", documents: 900 },
      { lexeme: "migrant", documents: 40 },
      { lexeme: "panhandl", documents: 2 },
      { lexeme: "unknown", documents: 0 },
    ];
    expect(chooseCandidateTerms(terms, 100)).toEqual(["panhandl", "migrant"]);
    expect(chooseCandidateTerms(terms, 1)).toEqual(["panhandl"]);
    expect(chooseCandidateTerms([{ lexeme: "the", documents: 5_000 }], 100)).toEqual(["the"]);
    expect(chooseCandidateTerms([{ lexeme: "unknown", documents: 0 }], 100)).toEqual([]);
  });

  it("never goes over the budget after the first term, and never picks an unknown term", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ lexeme: fc.string({ minLength: 1 }), documents: fc.nat(2_000) }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 3_000 }),
        (terms, budget) => {
          const chosen = chooseCandidateTerms(terms, budget);
          const rows = chosen.map((lexeme) => terms.find((term) => term.lexeme === lexeme && term.documents > 0)!.documents);
          expect(rows.every((documents) => documents > 0)).toBe(true);
          if (chosen.length > 1) expect(rows.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(budget);
          if (terms.some((term) => term.documents > 0)) expect(chosen.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe("anyLexemeQuery", () => {
  it("quotes each lexeme so PostgreSQL reads it as it is", () => {
    expect(anyLexemeQuery(["caus", "it's", "a\\b", "x|y"])).toBe("'caus' | 'it''s' | 'a\\\\b' | 'x|y'");
  });
});
