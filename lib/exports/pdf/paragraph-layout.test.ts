import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { layoutParagraph, type Segment } from "./paragraph-layout";

// Every character 1 point wide at size 1: widths are easy to reason about.
const measure = (_script: string, _face: string, size: number, text: string) => [...text].length * size;
const lay = (segments: Segment[], maxWidth = 100) => layoutParagraph(segments, { size: 1, maxWidth, measure, ink: "#000" });
const visual = (segments: Segment[], maxWidth?: number) => lay(segments, maxWidth).map((line) => line.pieces.map((p) => p.text));

describe("layoutParagraph", () => {
  it("breaks lines at spaces and drops the spaces at the break", () => {
    expect(visual([{ text: "aaa bbb ccc" }], 7).map((l) => l.join(""))).toEqual(["aaa bbb", "ccc"]);
  });

  it("breaks Chinese between characters but never before closing punctuation", () => {
    const lines = visual([{ text: "一二三四。五六" }], 4).map((l) => l.join(""));
    expect(lines).toEqual(["一二三", "四。五六"]);
  });

  it("splits a word longer than the line between characters", () => {
    expect(visual([{ text: "https://example.org/a-very-long-path" }], 10).map((l) => l.join(""))).toEqual([
      "https://ex",
      "ample.org/",
      "a-very-lon",
      "g-path",
    ]);
  });

  it("orders Hebrew words right to left, numbers inside them left to right, and aligns the paragraph right", () => {
    const [line] = lay([{ text: "שלום 2025 עולם" }]);
    // fontkit reverses each Hebrew word's glyphs; the layout orders the words and the number.
    expect(line!.pieces.map((p) => p.text)).toEqual(["עולם", " ", "2025", " ", "שלום"]);
    expect(line!.pieces[0]!.x).toBe(100 - 14);
  });

  it("keeps an Arabic phrase in a left-to-right sentence in place, its words reversed, and mirrors brackets", () => {
    // Brackets are mirrored before fontkit reverses the word, so "(سلام)" shows as (مالس) read leftwards.
    expect(visual([{ text: "He said مرحبا بك (سلام) today" }])[0]).toEqual(["He said ", ")سلام(", " ", "بك", " ", "مرحبا", " ", "today"]);
  });

  it("applies explicit bidi overrides and never draws the controls", () => {
    expect(visual([{ text: "a \u202Eevil\u202C b" }])[0]!.join("")).toBe("a live b");
  });

  it("keeps each segment's face and colour", () => {
    const [line] = lay([{ text: "Verdict: " }, { text: "False", face: "bold", color: "#b3261e" }]);
    expect(line!.pieces.map((p) => [p.text, p.face, p.color, p.x])).toEqual([
      ["Verdict: ", "regular", "#000", 0],
      ["False", "bold", "#b3261e", 9],
    ]);
  });

  it("never throws on any text, and no line is wider than the width unless it holds one character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (text, maxWidth) => {
        for (const line of lay([{ text }], maxWidth)) {
          const width = line.pieces.reduce((sum, p) => sum + p.width, 0);
          const graphemes = [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(line.pieces.map((p) => p.text).join(""))];
          if (width > maxWidth) expect(graphemes).toHaveLength(1);
        }
      }),
    );
  });

  it("draws every visible character exactly once, in whatever order and script", () => {
    const alphabet = [..."ab Z9.,:!?()[]«»-–\n", ..."שלום", ..."مرحبا", ..."中文。、", "\u202E", "\u202C", "\u200F", "\u2067", "\u2069"];
    const visible = (text: string) =>
      [...text.replace(/[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, "").replace(/[()[\]«»]/g, "b")].sort().join("");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }), fc.integer({ min: 3, max: 30 }), (chars, maxWidth) => {
        const text = chars.join("");
        const drawn = lay([{ text }], maxWidth)
          .flatMap((line) => line.pieces.map((p) => p.text))
          .join("");
        // Brackets may come out mirrored; each still counts once.
        expect(visible(drawn)).toBe(visible(text));
      }),
    );
  });
});
