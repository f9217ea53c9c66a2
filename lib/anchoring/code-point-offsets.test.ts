import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointOffsets } from "./code-point-offsets";

// Checked against Array.from, which splits a string into code points, not against the index's own arithmetic.
const codePointsBefore = (text: string, units: number) => Array.from(text.slice(0, units)).length;
const unitsBefore = (text: string, codePoints: number) => Array.from(text).slice(0, codePoints).join("").length;

describe("code point offsets", () => {
  it("converts both ways around emoji, a ZWJ family, a flag and a BMP character", () => {
    const text = "a😀b👨‍👩‍👧c🇬🇧d£e";
    const offsets = codePointOffsets(text);
    // Hand-counted: a=0 😀=1 b=2 👨=3 ZWJ=4 👩=5 ZWJ=6 👧=7 c=8 🇬=9 🇧=10 d=11 £=12 e=13, 14 in all.
    expect(offsets.length).toBe(14);
    expect(offsets.toCodePoints(text.indexOf("b"))).toBe(2);
    expect(offsets.toCodePoints(text.indexOf("c"))).toBe(8);
    expect(offsets.toCodePoints(text.indexOf("e"))).toBe(13);
    expect(offsets.toCodeUnits(13)).toBe(text.indexOf("e"));
    expect(offsets.toCodeUnits(14)).toBe(text.length);
    expect(offsets.toCodeUnits(15)).toBeNull();
    expect(offsets.toCodeUnits(-1)).toBeNull();
    expect(offsets.toCodeUnits(1.5)).toBeNull();
  });

  it("property: agrees with Array.from at every offset between characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const offsets = codePointOffsets(text);
        expect(offsets.length).toBe(Array.from(text).length);
        for (let cp = 0; cp <= offsets.length; cp++) {
          const units = offsets.toCodeUnits(cp)!;
          expect(units).toBe(unitsBefore(text, cp));
          expect(offsets.toCodePoints(units)).toBe(codePointsBefore(text, units));
        }
      }),
      { numRuns: 300 },
    );
  });
});
