// W3C Web Annotation selectors over the canonical text. Offsets are UTF-16 code units (plain
// JavaScript string indices), end exclusive.
export type TextPositionSelector = { type: "TextPositionSelector"; start: number; end: number };

export type TextQuoteSelector = { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string };

export type Span = { start: number; end: number };

export type AnchorMethod = "position" | "quote" | "fuzzy";

// `score` (0–1) is only reported when candidates were ranked, i.e. for "quote" and "fuzzy".
export type AnchorResult = { start: number; end: number; method: AnchorMethod; score?: number };

export type AnchorSelectors = { position?: TextPositionSelector; quote: TextQuoteSelector };
