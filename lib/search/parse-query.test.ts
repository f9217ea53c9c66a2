import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_SEARCH_TERMS, parseSearchQuery, searchQueryProblem } from "./parse-query";

describe("parseSearchQuery", () => {
  it("splits words, keeps numbers whole and quoted phrases together", () => {
    expect(parseSearchQuery('Barnet council tax 4.99 "per cent rise" 1,200 2027-28')).toEqual({
      terms: [
        { kind: "word", text: "Barnet" },
        { kind: "word", text: "council" },
        { kind: "word", text: "tax" },
        { kind: "number", text: "4.99" },
        { kind: "phrase", text: "per cent rise" },
        { kind: "number", text: "1,200" },
        { kind: "number", text: "2027-28" },
      ],
      looseWords: ["Barnet", "council", "tax", "4.99", "1,200", "2027-28"],
      numbers: ["4.99", "1,200", "2027-28"],
    });
  });

  it("takes curly and guillemet quotes, runs an unclosed quote to the end, and makes a one-word phrase a word", () => {
    expect(parseSearchQuery("“fourth year” «frozen").terms).toEqual([
      { kind: "phrase", text: "fourth year" },
      { kind: "word", text: "frozen" },
    ]);
    expect(parseSearchQuery('tax "rise in April').terms.at(-1)).toEqual({ kind: "phrase", text: "rise in April" });
  });

  it("drops punctuation around words and terms with no letter or digit, and repeats", () => {
    expect(parseSearchQuery("(ref, tax; — & TAX 4.99% £1.2bn").terms).toEqual([
      { kind: "word", text: "ref" },
      { kind: "word", text: "tax" },
      { kind: "number", text: "4.99%" },
      { kind: "number", text: "1.2bn" },
    ]);
  });

  it("says why a query cannot be searched", () => {
    expect(searchQueryProblem(parseSearchQuery(' "" — !!'))).toBe("Type a word or a number to search for.");
    const many = Array.from({ length: MAX_SEARCH_TERMS + 1 }, (_, i) => `word${String.fromCharCode(97 + i)}`).join(" ");
    expect(searchQueryProblem(parseSearchQuery(many))).toBe(`Search for at most ${MAX_SEARCH_TERMS} words and phrases at once.`);
    expect(searchQueryProblem(parseSearchQuery("tax"))).toBeNull();
  });

  it("gives terms that each hold a letter or digit and no quote, whatever it is given", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (input) => {
        const parsed = parseSearchQuery(input);
        for (const term of parsed.terms) {
          expect(term.text).toMatch(/[\p{L}\p{N}]/u);
          expect(term.text).not.toMatch(/["“”„«»]/);
          expect(term.text).toBe(term.text.trim());
        }
        expect(parsed.numbers.every((number) => /\p{Nd}/u.test(number))).toBe(true);
      }),
    );
  });
});
