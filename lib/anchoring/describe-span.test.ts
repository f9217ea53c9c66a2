import { describe, expect, it } from "vitest";
import { CONTEXT_LENGTH, describeSpan } from "./describe-span";

describe("describeSpan", () => {
  const text = `${"a".repeat(40)}TARGET${"b".repeat(40)}`;

  it("stores the position and the quote with 32 characters of context each side", () => {
    expect(CONTEXT_LENGTH).toBe(32);
    expect(describeSpan(text, 40, 46)).toEqual({
      position: { type: "TextPositionSelector", start: 40, end: 46 },
      quote: { type: "TextQuoteSelector", exact: "TARGET", prefix: "a".repeat(32), suffix: "b".repeat(32) },
    });
  });

  it("uses whatever context exists at the start and end of the text", () => {
    const short = "Prices rose 5% in May.";
    expect(describeSpan(short, 0, 6).quote).toEqual({
      type: "TextQuoteSelector",
      exact: "Prices",
      prefix: "",
      suffix: " rose 5% in May.",
    });
    expect(describeSpan(short, 18, 22).quote).toEqual({
      type: "TextQuoteSelector",
      exact: "May.",
      prefix: "Prices rose 5% in ",
      suffix: "",
    });
    expect(describeSpan(short, 0, short.length).quote).toMatchObject({ prefix: "", suffix: "" });
  });

  it("has exactly 32 characters of prefix when the span starts at offset 32", () => {
    const quote = describeSpan(text, 32, 34).quote;
    expect(quote.prefix).toBe("a".repeat(32));
  });

  it("shrinks the prefix rather than start it inside a surrogate pair", () => {
    // "😀" occupies offsets 0–1, so 32 units before offset 33 would start at its second half.
    const emojiFirst = `😀${"x".repeat(31)}QUOTE`;
    const { quote } = describeSpan(emojiFirst, 33, 38);
    expect(quote.exact).toBe("QUOTE");
    expect(quote.prefix).toBe("x".repeat(31));
  });

  it("shrinks the suffix rather than end it inside a surrogate pair", () => {
    // The suffix would end after the first half of the emoji that starts at offset 5 + 31.
    const emojiLast = `QUOTE${"y".repeat(31)}😀tail`;
    const { quote } = describeSpan(emojiLast, 0, 5);
    expect(quote.suffix).toBe("y".repeat(31));
  });

  it("keeps a whole emoji in the context when it fits", () => {
    const emojiLast = `QUOTE${"y".repeat(30)}😀tail`;
    expect(describeSpan(emojiLast, 0, 5).quote.suffix).toBe(`${"y".repeat(30)}😀`);
  });

  it("keeps curly quotes, £ and combining accents as they are", () => {
    const article = "The “cafe\u0301” charged £5 for a ‘flat white’.";
    const start = article.indexOf("£");
    const { quote } = describeSpan(article, start, start + 2);
    expect(quote).toEqual({
      type: "TextQuoteSelector",
      exact: "£5",
      prefix: "The “cafe\u0301” charged ",
      suffix: " for a ‘flat white’.",
    });
  });

  it("describes a whitespace-only span (validateSpan is where that is refused)", () => {
    expect(describeSpan("a  b", 1, 3).quote).toMatchObject({ exact: "  ", prefix: "a", suffix: "b" });
  });

  it("throws for spans that cannot be described", () => {
    expect(() => describeSpan(text, 10, 5)).toThrow(RangeError);
    expect(() => describeSpan(text, 0, text.length + 1)).toThrow("outside the text");
    expect(() => describeSpan("😀", 0, 1)).toThrow("cuts a character in half");
  });
});
