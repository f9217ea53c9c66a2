import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseSearchQuery } from "./parse-query";
import { buildSnippet, highlightText, SNIPPET_LENGTH } from "./snippet";
import type { HighlightedText } from "./types";

const marked = ({ text, highlights }: HighlightedText) => highlights.map((range) => text.slice(range.start, range.end));
const terms = (query: string) => parseSearchQuery(query).terms;

describe("highlightText", () => {
  it("marks the words, their inflections and possessives, case and accents aside", () => {
    expect(marked(highlightText("Councils and the council's tax; Café CAFE", terms("council cafe")))).toEqual([
      "Councils",
      "council's",
      "Café",
      "CAFE",
    ]);
    expect(marked(highlightText("It rises, it rose; charged, charging and charges", terms("rising charges")))).toEqual([
      "rises",
      "charged",
      "charging",
      "charges",
    ]);
  });

  it("marks numbers only whole, with or without a per cent sign", () => {
    expect(marked(highlightText("4.99% then 4.995 and 14.99 and 4.99", terms("4.99")))).toEqual(["4.99%", "4.99"]);
    expect(marked(highlightText("1,200 jobs, not 1 200", terms("1,200")))).toEqual(["1,200"]);
  });

  it("does not mark a longer word that only begins like the term", () => {
    expect(marked(highlightText("the fourth year, four years, councillors", terms('"four years" council')))).toEqual(["four years"]);
  });

  it("marks a phrase where its words stand together, as one range", () => {
    const text = "The council tax rose. Tax for the council too.";
    expect(marked(highlightText(text, terms('"council tax"')))).toEqual(["council tax"]);
  });
});

describe("buildSnippet", () => {
  const long = `${"Filler words about nothing in particular. ".repeat(20)}Then council tax rose by 4.99 per cent in Barnet. ${"More filler after it. ".repeat(20)}`;

  it("cuts a window around the hit at word boundaries, and says where it cut", () => {
    const snippet = buildSnippet([{ field: "text", text: long }], terms("council tax 4.99"))!;
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
    expect(snippet).toMatchObject({ field: "text", clippedStart: true, clippedEnd: true });
    expect(marked(snippet)).toEqual(["council", "tax", "4.99"]);
    expect(long).toContain(snippet.text);
    expect(snippet.text).toMatch(/^\S/);
    expect(snippet.text).toMatch(/\S$/);
  });

  it("takes the first field with a hit, else the start of the first field with text", () => {
    const fields = [
      { field: "passage", text: "Nothing here" },
      { field: "note", text: null },
      { field: "rationale", text: "The budget papers show the rise." },
    ];
    expect(buildSnippet(fields, terms("papers"))).toMatchObject({ field: "rationale", highlights: [{ start: 11, end: 17 }] });
    expect(buildSnippet(fields, terms("absent"))).toMatchObject({ field: "passage", text: "Nothing here", highlights: [] });
    expect(buildSnippet([{ field: "note", text: "  " }], terms("absent"))).toBeNull();
  });

  it("prefers the window with the most different words", () => {
    const text = `tax ${"x ".repeat(200)} council tax together ${"y ".repeat(200)}`;
    expect(marked(buildSnippet([{ field: "text", text }], terms("council tax"))!)).toEqual(["council", "tax"]);
  });

  it("always answers a substring of the field with sorted, separate ranges inside it and never half a character", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 600 }),
        fc.string({ unit: "grapheme", maxLength: 60 }),
        fc.integer({ min: 20, max: 300 }),
        (text, query, maxLength) => {
          const snippet = buildSnippet([{ field: "text", text }], terms(query), maxLength);
          if (!text.trim()) {
            expect(snippet).toBeNull();
            return;
          }
          expect(text).toContain(snippet!.text);
          expect(snippet!.text.length).toBeLessThanOrEqual(Math.max(maxLength, 0) || text.length);
          expect(snippet!.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
          let previousEnd = -1;
          for (const range of snippet!.highlights) {
            expect(range.start).toBeGreaterThan(previousEnd);
            expect(range.end).toBeGreaterThan(range.start);
            expect(range.end).toBeLessThanOrEqual(snippet!.text.length);
            previousEnd = range.end;
          }
        },
      ),
    );
  });
});
