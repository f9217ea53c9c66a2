import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeSpan } from "@/lib/anchoring";
import { codePointOffsets } from "@/lib/anchoring/code-point-offsets";
import { splitsSurrogatePair } from "@/lib/anchoring/unicode";
import { AppError } from "@/lib/errors";
import { newAnnotationSchema } from "@/lib/validation/annotation";
import { parseInput } from "@/lib/validation/parse-input";
import { resolveTarget, type AnnotationTarget } from "./resolve-target";

const TEXT = "Fares rose 5% in 2024. Mr Khan said fares rose 5% in 2024 because of 😀 costs. Fares fell.";

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("It was not refused.");
}

const quote = (exact: string, prefix = "", suffix = "") => ({ type: "TextQuoteSelector" as const, exact, prefix, suffix });
const position = (start: number, end: number) => ({ type: "TextPositionSelector" as const, start, end });

describe("resolveTarget by offsets", () => {
  it("takes offsets that hold the quote", () => {
    expect(resolveTarget(TEXT, { start: 0, end: 13, quote: "Fares rose 5%" })).toEqual({ start: 0, end: 13 });
  });

  it("refuses offsets that hold other text, naming the quote, and offsets past the end", () => {
    const mismatch = refusal(() => resolveTarget(TEXT, { start: 0, end: 13, quote: "Fares fell 5%" }));
    expect(mismatch).toMatchObject({ code: "INVALID", details: { field: "quote", reason: "MISMATCH" } });
    expect(mismatch.message).toMatch(/is “Fares rose 5%”, not the selected “Fares fell 5%”/);
    const outside = refusal(() => resolveTarget(TEXT, { start: 80, end: 500, quote: "x" }));
    expect(outside).toMatchObject({ code: "INVALID", details: { field: "start", reason: "OUT_OF_RANGE" } });
    expect(outside.message).toMatch(/outside the text/);
  });
});

describe("resolveTarget by selectors", () => {
  it("finds a quote that occurs once", () => {
    const at = TEXT.indexOf("Mr Khan");
    expect(resolveTarget(TEXT, { selector: quote("Mr Khan said") })).toEqual({ start: at, end: at + 12 });
  });

  it("refuses a quote that is not in the text", () => {
    const error = refusal(() => resolveTarget(TEXT, { selector: [quote("fares doubled")] }));
    expect(error).toMatchObject({ code: "INVALID", details: { field: "selector", reason: "NO_MATCH" } });
    expect(error.message).toBe("“fares doubled” is not in the article's text.");
  });

  it("refuses a quote found more than once, and takes the one its prefix or suffix names", () => {
    const ambiguous = refusal(() => resolveTarget(TEXT, { selector: quote("rose 5% in 2024") }));
    expect(ambiguous).toMatchObject({ code: "INVALID", details: { reason: "AMBIGUOUS" } });
    expect(ambiguous.message).toMatch(/twice with this prefix and suffix: give a longer prefix or suffix, or a TextPositionSelector/);
    const second = TEXT.indexOf("rose 5% in 2024 because");
    expect(resolveTarget(TEXT, { selector: quote("rose 5% in 2024", "fares ") })).toEqual({ start: second, end: second + 15 });
    expect(resolveTarget(TEXT, { selector: quote("rose 5% in 2024", "", ". Mr") })).toEqual({ start: 6, end: 21 });
    const noContext = refusal(() => resolveTarget(TEXT, { selector: quote("rose 5% in 2024", "prices ") }));
    expect(noContext.message).toMatch(/is in the text twice, but never with this prefix and suffix/);
  });

  it("counts a TextPositionSelector in code points, as the W3C model does", () => {
    const emoji = TEXT.indexOf("😀");
    const points = codePointOffsets(TEXT).toCodePoints(emoji);
    // "costs" comes after the emoji: one code point, two UTF-16 units.
    const costs = TEXT.indexOf("costs");
    expect(resolveTarget(TEXT, { selector: position(points + 2, points + 7) })).toEqual({ start: costs, end: costs + 5 });
    expect(resolveTarget(TEXT, { selector: [position(points + 2, points + 7), quote("costs")] })).toEqual({ start: costs, end: costs + 5 });
    const outside = refusal(() => resolveTarget(TEXT, { selector: position(10, 900) }));
    expect(outside).toMatchObject({ details: { reason: "OUT_OF_RANGE" } });
  });

  it("refuses a position and a quote that name different text", () => {
    const error = refusal(() => resolveTarget(TEXT, { selector: [quote("Mr Khan"), position(0, 7)] }));
    expect(error).toMatchObject({ code: "INVALID", details: { field: "selector", reason: "MISMATCH" } });
  });

  it("refuses a span of whitespace or one that cuts a character in half", () => {
    expect(refusal(() => resolveTarget(TEXT, { selector: quote(" ", "said") })).details.reason).toBe("WHITESPACE_ONLY");
    const emoji = TEXT.indexOf("😀");
    expect(refusal(() => resolveTarget(TEXT, { start: emoji, end: emoji + 1, quote: "\uD83D" })).details.reason).toBe("SPLITS_CHARACTER");
  });
});

// A small alphabet, so quotes recur and spans fall on emoji halves often.
const unit = fc.constantFrom("a", "b", " ", "😀", "\uD83D", "é", ".");
const text = fc.string({ unit, maxLength: 40 });
const offset = fc.integer({ min: -2, max: 50 });
const selector = fc.oneof(
  fc.record(
    {
      type: fc.constant("TextQuoteSelector"),
      exact: fc.string({ unit, maxLength: 6 }),
      prefix: fc.string({ unit, maxLength: 3 }),
      suffix: fc.string({ unit, maxLength: 3 }),
    },
    { requiredKeys: ["type", "exact"] },
  ),
  fc.record({ type: fc.constant("TextPositionSelector"), start: offset, end: offset }),
  fc.anything(),
);
const body = fc.oneof(
  fc.record(
    {
      kind: fc.constantFrom("CLAIM", "QUOTE", "OPINION", "claim"),
      start: offset,
      end: offset,
      quote: fc.string({ unit, maxLength: 6 }),
      selector: fc.oneof(selector, fc.array(selector, { maxLength: 3 })),
    },
    { requiredKeys: ["kind"] },
  ),
  fc.anything(),
);

describe("resolveTarget, whatever it is sent", () => {
  it("throws only INVALID, or answers a span of whole characters inside the text", () => {
    fc.assert(
      fc.property(text, body, (article, raw) => {
        let span;
        try {
          span = resolveTarget(article, parseInput(newAnnotationSchema, raw));
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe("INVALID");
          return;
        }
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.start).toBeLessThan(span.end);
        expect(span.end).toBeLessThanOrEqual(article.length);
        expect(splitsSurrogatePair(article, span.start) || splitsSurrogatePair(article, span.end)).toBe(false);
        const target = raw as AnnotationTarget;
        if (typeof target.quote === "string") expect(article.slice(span.start, span.end)).toBe(target.quote);
      }),
      { numRuns: 2000 },
    );
  });

  it("places a quote with the context the app stores either where it was made or nowhere, never elsewhere", () => {
    const spanOf = text.chain((article) =>
      fc.tuple(fc.constant(article), fc.nat({ max: article.length }), fc.nat({ max: article.length })),
    );
    fc.assert(
      fc.property(spanOf, ([article, a, b]) => {
        const [start, end] = a < b ? [a, b] : [b, a];
        let described;
        try {
          described = describeSpan(article, start, end);
        } catch {
          return; // Not a span the app would make (empty, or half a character).
        }
        if (!/\S/u.test(described.quote.exact)) return;
        const offsets = codePointOffsets(article);
        const w3c = position(offsets.toCodePoints(start), offsets.toCodePoints(end));
        // With the position too, it is exact.
        expect(resolveTarget(article, { selector: [described.quote, w3c] })).toEqual({ start, end });
        // By quote alone: there, or refused as ambiguous (the same quote and context twice).
        try {
          expect(resolveTarget(article, { selector: described.quote })).toEqual({ start, end });
        } catch (error) {
          expect((error as AppError).details.reason).toBe("AMBIGUOUS");
        }
      }),
      { numRuns: 2000 },
    );
  });
});
