import { describeSpan, reanchorAll } from "@/lib/anchoring";

export type StoredSpan = { id: string; start: number; end: number; exact: string; prefix: string; suffix: string };
export type ReanchorPlan = StoredSpan & { isOrphaned: boolean; method: "position" | "quote" | "fuzzy" | null };

/**
 * Where each annotation goes in the corrected text. Anchored ones get fresh selectors from the
 * new text; orphaned ones keep their old selectors untouched, so their quote is never lost.
 */
export function planReanchoring(newText: string, annotations: StoredSpan[]): ReanchorPlan[] {
  const results = reanchorAll(
    newText,
    annotations.map((a) => ({
      id: a.id,
      position: { type: "TextPositionSelector" as const, start: a.start, end: a.end },
      quote: { type: "TextQuoteSelector" as const, exact: a.exact, prefix: a.prefix, suffix: a.suffix },
    })),
  );
  return annotations.map((annotation, index) => {
    const found = results[index]?.result;
    if (!found) return { ...annotation, isOrphaned: true, method: null };
    const { quote } = describeSpan(newText, found.start, found.end);
    return {
      id: annotation.id,
      start: found.start,
      end: found.end,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      isOrphaned: false,
      method: found.method,
    };
  });
}
