import { anchor, type AnchorOptions } from "./anchor";
import type { AnchorResult, TextPositionSelector, TextQuoteSelector } from "./types";

export type AnnotationSelectors = { id: string; position?: TextPositionSelector; quote: TextQuoteSelector };

export type ReanchorResult = { id: string; result: AnchorResult | null };

/**
 * Re-anchors every annotation of an article against its corrected text. Results come back in
 * input order; a null result means the annotation is orphaned (the caller keeps its quote).
 *
 * Annotations are visited in text order so each can be looked for where the edits so far have
 * moved text to: its old offset plus the shift seen on the previous annotation. A quote found
 * there with its whole context is taken without searching the text, and a fuzzy search starts
 * there, so a correction that moves or touches many annotations stays cheap.
 */
export function reanchorAll(text: string, annotations: readonly AnnotationSelectors[], options: AnchorOptions = {}): ReanchorResult[] {
  const order = annotations
    .map((annotation, index) => ({ annotation, index }))
    .sort((a, b) => (a.annotation.position?.start ?? Infinity) - (b.annotation.position?.start ?? Infinity));

  const results = new Array<ReanchorResult>(annotations.length);
  let shift = 0;
  for (const { annotation, index } of order) {
    const { id, position, quote } = annotation;
    const likelyStart = position ? position.start + shift : undefined;
    const result = anchor(text, { position, quote }, { ...options, likelyStart });
    if (result && position) shift = result.start - position.start;
    results[index] = { id, result };
  }
  return results;
}
