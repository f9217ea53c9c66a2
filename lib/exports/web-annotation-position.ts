// The W3C TextPositionSelector counts characters, i.e. Unicode code points (Web Annotation Data
// Model §4.2.5); the app keeps UTF-16 code units, as JavaScript strings and the DOM do. Only the
// W3C export and import convert, here.
//
// Files count both ways: ours since this change and tools that follow the model count code points;
// ours before, and tools that take JavaScript string indices, count UTF-16 units. Nothing in a file
// says which (a marker of our own would only ever be in our own files), so the import tries both
// readings against the TextQuoteSelector that every file it places must carry: the first that
// finds the quote with its context, else the first that finds the quote. Code points go first, as
// the model says; where the text has no character outside the Basic Multilingual Plane before the
// span, both readings are the same numbers.
import type { Span, TextQuoteSelector } from "@/lib/anchoring";
import type { CodePointOffsets } from "@/lib/anchoring/code-point-offsets";

export function toW3cPosition(offsets: CodePointOffsets, span: Span): Span {
  return { start: offsets.toCodePoints(span.start), end: offsets.toCodePoints(span.end) };
}

function fits(text: string, span: Span, quote: Pick<TextQuoteSelector, "exact">): boolean {
  return span.end - span.start === quote.exact.length && text.startsWith(quote.exact, span.start);
}

function hasContext(text: string, span: Span, quote: TextQuoteSelector): boolean {
  return text.slice(0, span.start).endsWith(quote.prefix) && text.startsWith(quote.suffix, span.end);
}

/**
 * The file's position in UTF-16 code units: the reading that lands on the quote (see above), or,
 * when neither does (the text has changed), the code point reading as a hint for the search by
 * quote; undefined when no reading fits in the text at all.
 */
export function fromW3cPosition(text: string, offsets: CodePointOffsets, position: Span, quote: TextQuoteSelector): Span | undefined {
  const start = offsets.toCodeUnits(position.start);
  const end = offsets.toCodeUnits(position.end);
  const readings: Span[] = [];
  if (start !== null && end !== null) readings.push({ start, end });
  if (position.end <= text.length) readings.push(position);
  return (
    readings.find((span) => fits(text, span, quote) && hasContext(text, span, quote)) ??
    readings.find((span) => fits(text, span, quote)) ??
    readings[0]
  );
}
