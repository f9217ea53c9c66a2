import { describe, expect, it } from "vitest";
import { expandToWholeWords, isInsideWord, snapToWords } from "./snap-to-words";

// Snaps the selection given as text[start, end) and returns the snapped text, which reads better
// in failures than offsets; offsets are asserted separately where they matter.
function snapped(text: string, start: number, end: number): string {
  const span = snapToWords(text, start, end);
  return text.slice(span.start, span.end);
}

function selection(text: string, fragment: string): [number, number] {
  const start = text.indexOf(fragment);
  if (start === -1) throw new Error(`"${fragment}" not in text`);
  return [start, start + fragment.length];
}

describe("snapToWords", () => {
  const text = "The minister said Labour’s plan would cost £5bn, not £3.5bn — a 40% rise.";

  it("expands a selection that starts and ends mid-word", () => {
    const [start, end] = selection(text, "inister sa");
    expect(snapToWords(text, start, end)).toEqual({ start: 4, end: 17 });
    expect(snapped(text, start, end)).toBe("minister said");
  });

  it("leaves a selection that is already on word boundaries alone", () => {
    expect(snapToWords(text, 4, 17)).toEqual({ start: 4, end: 17 });
  });

  it("keeps curly and straight apostrophes inside a word", () => {
    expect(snapped(text, ...selection(text, "abour"))).toBe("Labour’s");
    expect(snapped(text, ...selection(text, "’s pl"))).toBe("Labour’s plan");
    expect(snapped(text, ...selection(text, "Labour’"))).toBe("Labour’s");
    const straight = "It isn't over";
    expect(snapped(straight, ...selection(straight, "isn"))).toBe("isn't");
  });

  it("does not treat a closing quote or possessive plural apostrophe as part of a word", () => {
    const plural = "the teachers’ pay ‘rise’ was small";
    expect(snapped(plural, ...selection(plural, "teachers’ "))).toBe("teachers");
    expect(snapped(plural, ...selection(plural, "‘rise’"))).toBe("rise");
  });

  it("keeps hyphenated words whole but trims a dash between words", () => {
    const hyphens = "a well-known, long-term plan - or not";
    expect(snapped(hyphens, ...selection(hyphens, "known"))).toBe("well-known");
    expect(snapped(hyphens, ...selection(hyphens, "well-"))).toBe("well-known");
    expect(snapped(hyphens, ...selection(hyphens, "term plan - "))).toBe("long-term plan");
  });

  it("trims whitespace and punctuation from the edges", () => {
    expect(snapped(text, ...selection(text, " said "))).toBe("said");
    expect(snapped(text, ...selection(text, "£5bn, "))).toBe("£5bn");
    // Mid-number: the number is the word, the percent sign after it is not added.
    expect(snapped(text, ...selection(text, " — a 4"))).toBe("a 40");
    const quoted = "He said “we will win.” Then left.";
    expect(snapped(quoted, ...selection(quoted, "“we will win.”"))).toBe("we will win");
  });

  it("keeps currency symbols, decimal numbers and percent signs", () => {
    expect(snapped(text, ...selection(text, "3.5b"))).toBe("3.5bn");
    expect(snapped(text, ...selection(text, ".5bn"))).toBe("3.5bn");
    expect(snapped(text, ...selection(text, "£3"))).toBe("£3.5bn");
    expect(snapped(text, ...selection(text, "40% rise."))).toBe("40% rise");
    const thousands = "about 1,000,000 people";
    expect(snapped(thousands, ...selection(thousands, "000,0"))).toBe("1,000,000");
  });

  it("keeps combining accents with their letters", () => {
    const accents = "un cafe\u0301 noir";
    // Ends between the "e" and its accent.
    expect(snapped(accents, 3, 7)).toBe("cafe\u0301");
    // Starts on the accent itself.
    expect(snapped(accents, 7, 10)).toBe("cafe\u0301 noir");
    // Only the accent: it is never separated from its letter.
    expect(snapToWords(accents, 7, 8)).toEqual({ start: 6, end: 8 });
    expect(snapToWords(accents, 6, 7)).toEqual({ start: 3, end: 8 });
  });

  it("never splits an emoji and keeps one at an edge", () => {
    const emoji = "we 😀 won";
    // 3 is the emoji's first code unit, 4 its second.
    expect(snapToWords(emoji, 4, 9)).toEqual({ start: 3, end: 9 });
    expect(snapToWords(emoji, 0, 4)).toEqual({ start: 0, end: 5 });
  });

  it("keeps a selection with no letters or digits, minus surrounding spaces", () => {
    const symbols = "pay — £ — 😀 ok";
    expect(snapped(symbols, 3, 6)).toBe("—");
    expect(snapped(symbols, 4, 7)).toBe("— £");
    expect(snapped(symbols, 9, 13)).toBe("😀");
  });

  it("returns a whitespace-only or empty selection unchanged", () => {
    expect(snapToWords("a   b", 1, 4)).toEqual({ start: 1, end: 4 });
    expect(snapToWords("abc", 1, 1)).toEqual({ start: 1, end: 1 });
  });

  it("accepts reversed and out-of-range offsets", () => {
    expect(snapped(text, 17, 6)).toBe("minister said");
    expect(snapToWords("one two", -5, 99)).toEqual({ start: 0, end: 7 });
  });

  it("never returns an empty span when the selection had a non-space character", () => {
    const sample = "“Labour’s” plan, 40% — £5bn! 😀 cafe\u0301 well-known. (ok)";
    for (let start = 0; start < sample.length; start++) {
      for (let end = start + 1; end <= sample.length; end++) {
        if (!/\S/u.test(sample.slice(start, end))) continue;
        const span = snapToWords(sample, start, end);
        expect(span.end, `${start}–${end}`).toBeGreaterThan(span.start);
      }
    }
  });
});

describe("isInsideWord and expandToWholeWords", () => {
  const text = "Labour’s well-known 3.5bn 😀 cafe\u0301!";

  it("knows which offsets fall inside a word", () => {
    expect(isInsideWord(text, 0)).toBe(false);
    expect(isInsideWord(text, 3)).toBe(true);
    expect(isInsideWord(text, 6)).toBe(true); // before the apostrophe
    expect(isInsideWord(text, 8)).toBe(false); // after "Labour’s"
    expect(isInsideWord(text, 14)).toBe(true); // after the hyphen
    expect(isInsideWord(text, 21)).toBe(true); // after the decimal point
    expect(isInsideWord(text, 33)).toBe(true); // between "e" and its accent
    expect(isInsideWord(text, 27)).toBe(false); // inside the emoji, which is not a word character
    expect(isInsideWord(text, text.length)).toBe(false);
  });

  it("moves only offsets that are inside a word", () => {
    expect(expandToWholeWords(text, 3, 12)).toEqual({ start: 0, end: 19 });
    expect(expandToWholeWords(text, 9, 19)).toEqual({ start: 9, end: 19 });
    expect(expandToWholeWords(text, 30, 33)).toEqual({ start: 29, end: 34 });
  });
});
