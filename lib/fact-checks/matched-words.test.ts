import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlightSegments, matchedWordsOf, wordKey, wordsInCommon } from "./matched-words";

const marked = (text: string, words: string[]) =>
  highlightSegments(text, words)
    .filter((s) => s.isMatch)
    .map((s) => s.text);

describe("highlightSegments", () => {
  it("marks every occurrence of the words, whatever their case and accents, and whole words only", () => {
    const claim = "Unemployment fell to 4.1 per cent, the lowest unemployment since the café opened.";
    expect(marked(claim, ["unemployment", "4.1", "cafe"])).toEqual(["Unemployment", "4.1", "unemployment", "café"]);
    // "fell" is not in "yellow"; "cent" is not in "cents'" unless asked by its own key.
    expect(marked("A yellow fellow", ["fell"])).toEqual([]);
  });

  it("joins neighbouring matches into one phrase, spaces included, but not across punctuation", () => {
    expect(highlightSegments("Council tax will rise by 4.99 per cent.", ["council", "tax", "4.99", "per", "cent"])).toEqual([
      { text: "Council tax", isMatch: true },
      { text: " will rise by ", isMatch: false },
      { text: "4.99 per cent", isMatch: true },
      { text: ".", isMatch: false },
    ]);
    expect(marked("tax, rise", ["tax", "rise"])).toEqual(["tax", "rise"]);
  });

  it("compares plurals and possessives with their word", () => {
    expect(marked("Vaccines cause the minister's new claims", ["vaccine", "minister", "claim"])).toEqual([
      "Vaccines",
      "minister's",
      "claims",
    ]);
    expect(wordKey("Cities")).toBe("city");
    expect(wordKey("glass")).toBe("glass");
    expect(wordKey("2020s")).toBe("2020s");
  });

  it("gives the text back whole, with nothing marked when there is nothing to mark", () => {
    expect(highlightSegments("", ["x"])).toEqual([]);
    expect(highlightSegments("No match here", [])).toEqual([{ text: "No match here", isMatch: false }]);
  });

  it("always gives back exactly the text, alternating marked and unmarked runs, for any text and words", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }),
        (text, words) => {
          const segments = highlightSegments(text, words);
          expect(segments.map((s) => s.text).join("")).toBe(text);
          for (let i = 1; i < segments.length; i++) expect(segments[i]!.isMatch).not.toBe(segments[i - 1]!.isMatch);
          expect(segments.every((s) => s.text.length > 0)).toBe(true);
        },
      ),
    );
  });

  it("marks a word that was asked for wherever it stands in any sentence", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("vaccine", "the", "rates", "fell", "4.1", "per", "cent"), { maxLength: 12 }), (words) => {
        const text = [...words, "Zebra"].join(" ");
        expect(marked(text, ["zebra"])).toEqual(["Zebra"]);
      }),
    );
  });
});

describe("wordsInCommon and matchedWordsOf", () => {
  it("answers the claim's own words that the query shares, leaving out the commonest", () => {
    expect(wordsInCommon("the vaccines cause autism in children", "Vaccine causes autism, says the post")).toEqual([
      "Vaccine",
      "causes",
      "autism",
    ]);
    expect(wordsInCommon("", "Anything at all")).toEqual([]);
  });

  it("prefers the ranking's own matchedWords, and falls back to the words in common", () => {
    const match = { claimReviewed: "Unemployment fell to 4.1 per cent", matchedWords: ["Unemployment"] };
    expect(matchedWordsOf(match, "unemployment fell")).toEqual(["Unemployment"]);
    expect(matchedWordsOf({ ...match, matchedWords: [] }, "unemployment fell")).toEqual(["Unemployment", "fell"]);
  });
});
