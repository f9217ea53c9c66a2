import { describe, expect, it } from "vitest";
import { parseTsvectorText } from "./tsvector-text";

describe("parseTsvectorText", () => {
  it("reads lexemes, positions and weights, D written by leaving it out", () => {
    expect(parseTsvectorText("'5g':4A,10B 'cafe':1A 'snopes':14C 'plain':7")).toEqual([
      {
        lexeme: "5g",
        positions: [
          { position: 4, weight: "A" },
          { position: 10, weight: "B" },
        ],
      },
      { lexeme: "cafe", positions: [{ position: 1, weight: "A" }] },
      { lexeme: "snopes", positions: [{ position: 14, weight: "C" }] },
      { lexeme: "plain", positions: [{ position: 7, weight: "D" }] },
    ]);
  });

  it("undoes PostgreSQL's quoting of apostrophes and backslashes", () => {
    expect(parseTsvectorText("'it''s':1A 'a\\\\b':2B").map((entry) => entry.lexeme)).toEqual(["it's", "a\\b"]);
  });

  it("reads a vector without positions and the empty vector", () => {
    expect(parseTsvectorText("'bare'")).toEqual([{ lexeme: "bare", positions: [] }]);
    expect(parseTsvectorText("")).toEqual([]);
  });
});
