// Where a new annotation goes, from what an API client sent: offsets with the quote they must
// hold, or W3C Web Annotation selectors. Pure: the use case reads the article and creates.
//
// The import (lib/exports/plan-web-annotation-import.ts) places old annotations on a text that may
// have changed since, so it ranks candidates and falls back to fuzzy matching. A create is made on
// the text as it is now: a quote that is not there, or is there more than once with the context
// given, is the client's mistake to hear about, not a guess to make on its behalf. So this finds
// exact occurrences only, and reads positions the way the import does (code points, as the W3C
// model counts them, or UTF-16 units when only that reading holds the quote).
import { validateSpan, type Span, type TextQuoteSelector } from "@/lib/anchoring";
import { codePointOffsets } from "@/lib/anchoring/code-point-offsets";
import { fromW3cPosition } from "@/lib/exports/web-annotation-position";
import { AppError } from "@/lib/errors";
import { MAX_SPAN_LENGTH, type NewAnnotationInput, type TargetSelector } from "@/lib/validation/annotation";

export type AnnotationTarget = Pick<NewAnnotationInput, "start" | "end" | "quote" | "selector">;

/** The span (UTF-16 code units, end exclusive) the target names in `text`; throws AppError INVALID, naming the field, otherwise. */
export function resolveTarget(text: string, target: AnnotationTarget): Span {
  const isBySelector = target.selector !== undefined;
  const span = isBySelector ? selectorSpan(text, [target.selector!].flat()) : offsetSpan(text, target);
  const field = isBySelector ? "selector" : "start";
  // What every span must be, whichever way it was found: whole characters, not only whitespace.
  const check = validateSpan(text, span.start, span.end);
  if (!check.ok) throw invalid(field, check.message, check.code);
  if (span.end - span.start > MAX_SPAN_LENGTH)
    throw invalid(field, `A span can be at most ${MAX_SPAN_LENGTH.toLocaleString("en")} characters.`, "TOO_LONG");
  return span;
}

function offsetSpan(text: string, { start, end, quote }: AnnotationTarget): Span {
  if (start === undefined || end === undefined || quote === undefined)
    throw invalid("start", "Place the annotation by start, end and quote, or by selector.", "MISSING");
  const check = validateSpan(text, start, end, quote);
  if (!check.ok) throw invalid(check.code === "MISMATCH" ? "quote" : "start", check.message, check.code);
  return { start, end };
}

function selectorSpan(text: string, selectors: readonly TargetSelector[]): Span {
  const quote = selectors.find((selector) => selector.type === "TextQuoteSelector");
  const position = selectors.find((selector) => selector.type === "TextPositionSelector");
  const offsets = codePointOffsets(text);
  if (!quote) {
    if (!position) throw invalid("selector", "Give a TextQuoteSelector or a TextPositionSelector.", "MISSING");
    const start = offsets.toCodeUnits(position.start);
    const end = offsets.toCodeUnits(position.end);
    if (start === null || end === null || start >= end)
      throw invalid(
        "selector",
        `The TextPositionSelector ${position.start}–${position.end} is not a span of the text, which has ${offsets.length} characters (0–${offsets.length}).`,
        "OUT_OF_RANGE",
      );
    return { start, end };
  }
  const quoteSelector: TextQuoteSelector = { type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
  if (position) {
    const span = fromW3cPosition(text, offsets, position, quoteSelector);
    if (span && holdsQuote(text, span, quote.exact)) return span;
    throw invalid(
      "selector",
      `The TextPositionSelector ${position.start}–${position.end} does not hold the TextQuoteSelector's “${preview(quote.exact)}”: the two selectors must name the same text.`,
      "MISMATCH",
    );
  }
  const occurrences = occurrencesOf(text, quote.exact);
  const inContext = occurrences.filter((span) => hasContext(text, span, quoteSelector));
  if (inContext.length === 1) return inContext[0]!;
  if (occurrences.length === 0) throw invalid("selector", `“${preview(quote.exact)}” is not in the article's text.`, "NO_MATCH");
  if (inContext.length === 0)
    throw invalid(
      "selector",
      `“${preview(quote.exact)}” is in the text ${times(occurrences.length)}, but never with this prefix and suffix.`,
      "NO_MATCH",
    );
  throw invalid(
    "selector",
    `“${preview(quote.exact)}” is in the text ${times(inContext.length)} with this prefix and suffix: give a longer prefix or suffix, or a TextPositionSelector, to say which.`,
    "AMBIGUOUS",
  );
}

function holdsQuote(text: string, span: Span, exact: string): boolean {
  return span.end - span.start === exact.length && text.startsWith(exact, span.start);
}

/** Whether the selector's prefix and suffix (each may be shorter than the stored context, or empty) surround the span. */
function hasContext(text: string, span: Span, quote: TextQuoteSelector): boolean {
  return (
    span.start >= quote.prefix.length &&
    text.startsWith(quote.prefix, span.start - quote.prefix.length) &&
    text.startsWith(quote.suffix, span.end)
  );
}

function occurrencesOf(text: string, exact: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) spans.push({ start: at, end: at + exact.length });
  return spans;
}

const times = (count: number) => (count === 1 ? "once" : count === 2 ? "twice" : `${count} times`);

function preview(value: string): string {
  const characters = Array.from(value.replace(/\s+/gu, " "));
  return characters.length <= 40 ? characters.join("") : `${characters.slice(0, 40).join("")}…`;
}

function invalid(field: string, message: string, reason: string): AppError {
  return new AppError("INVALID", message, { field, fieldErrors: { [field]: message }, reason });
}
