export { anchor, MIN_FUZZY_SCORE, type AnchorOptions } from "./anchor";
export { CONTEXT_LENGTH, describeSpan, type SpanDescription } from "./describe-span";
export { reanchorAll, type AnnotationSelectors, type ReanchorResult } from "./reanchor-all";
export { snapToWords } from "./snap-to-words";
export type { AnchorMethod, AnchorResult, AnchorSelectors, Span, TextPositionSelector, TextQuoteSelector } from "./types";
export { validateSpan, type SpanErrorCode, type SpanValidation } from "./validate-span";
