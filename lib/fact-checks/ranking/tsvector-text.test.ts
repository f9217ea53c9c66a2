import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFieldCounts } from "./tsvector-text";

const all = (text: string) =>
  new Set([...text.matchAll(/'((?:[^'\\]|''|\\.)*)'/g)].map((m) => m[1]!.replace(/''/g, "'").replace(/\\(.)/g, "$1")));

describe("readFieldCounts", () => {
  it("counts each field's positions, and the frequencies of the lexemes asked about", () => {
    const counts = readFieldCounts("'5g':4A,10B 'cafe':1A 'mast':5A,7A,11B 'snopes':14C 'plain':7", new Set(["mast", "snopes", "absent"]));
    expect(counts.claimLength).toBe(4);
    expect(counts.headlineLength).toBe(2);
    expect([...counts.claim]).toEqual([["mast", 2]]);
    expect([...counts.headline]).toEqual([["mast", 1]]);
  });

  it("undoes PostgreSQL's quoting of apostrophes and backslashes", () => {
    const counts = readFieldCounts("'it''s':1A 'a\\\\b':2B 'bare'", new Set(["it's", "a\\b", "bare"]));
    expect([...counts.claim]).toEqual([["it's", 1]]);
    expect([...counts.headline]).toEqual([["a\\b", 1]]);
  });

  it("reads the empty vector", () => {
    expect(readFieldCounts("", new Set(["x"]))).toEqual({ claim: new Map(), headline: new Map(), claimLength: 0, headlineLength: 0 });
  });

  it("agrees with counting the written form another way, for any lexemes and weights", () => {
    const lexeme = fc.stringMatching(/^[a-z0-9'\\ -]{1,8}$/);
    const position = fc.tuple(fc.integer({ min: 1, max: 16_383 }), fc.constantFrom("A", "B", "C", ""));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(lexeme, fc.array(position, { minLength: 1, maxLength: 5 })), { selector: ([word]) => word, maxLength: 12 }),
        (entries) => {
          // Written as PostgreSQL writes it: quote doubled, backslash escaped.
          const text = entries
            .map(
              ([word, positions]) =>
                `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}':${positions.map(([n, w]) => `${n}${w}`).join(",")}`,
            )
            .join(" ");
          const counts = readFieldCounts(text, all(text));
          const weight = (letter: string) => entries.flatMap(([, positions]) => positions).filter(([, w]) => w === letter).length;
          expect(counts.claimLength).toBe(weight("A"));
          expect(counts.headlineLength).toBe(weight("B"));
          for (const [word, positions] of entries) {
            expect(counts.claim.get(word) ?? 0).toBe(positions.filter(([, w]) => w === "A").length);
            expect(counts.headline.get(word) ?? 0).toBe(positions.filter(([, w]) => w === "B").length);
          }
        },
      ),
    );
  });
});
