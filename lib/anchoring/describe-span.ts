import type { TextPositionSelector, TextQuoteSelector } from "./types";
import { splitsSurrogatePair } from "./unicode";
import { validateSpan } from "./validate-span";

/** Characters of context stored on each side of a quote (as Hypothesis does). */
export const CONTEXT_LENGTH = 32;

export type SpanDescription = { position: TextPositionSelector; quote: TextQuoteSelector };

// Throws rather than describing a span that cannot be re-anchored later; callers are expected to
// run validateSpan first and turn its message into a user-facing error.
export function describeSpan(text: string, start: number, end: number): SpanDescription {
  const check = validateSpan(text, start, end);
  if (!check.ok && check.code !== "WHITESPACE_ONLY") throw new RangeError(check.message);

  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  // Shrink rather than grow so stored context never exceeds CONTEXT_LENGTH code units.
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;

  return {
    position: { type: "TextPositionSelector", start, end },
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
  };
}
