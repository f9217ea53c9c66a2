import { anchoredDistance, compilePattern, type CompiledPattern } from "./myers";
import type { TextQuoteSelector } from "./types";

// Hypothesis' weights (src/annotator/anchoring/match-quote.ts): the quote itself matters most,
// context on each side next, and the distance from the old offset only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

// Context is compared against a slightly longer stretch of text so that a word inserted next to
// the quote costs its own length rather than also pushing the far end of the context out of view.
const CONTEXT_SLACK = 8;

// An empty stored prefix/suffix means the quote touched the start/end of the text. If it still
// does, that is a perfect match; if it no longer does, text was added there, which says nothing
// either way.
const UNKNOWN_CONTEXT = 0.5;

export type MatchScore = {
  /** Weighted total, 0–1. */
  score: number;
  /** Mean similarity (0–1) of the text around the match to the stored prefix and suffix. */
  context: number;
};

export type MatchScorer = (start: number, end: number, errors: number) => MatchScore;

/**
 * Scores candidate locations of one quote. Built once per annotation so the context patterns are
 * compiled once however many candidates there are.
 */
export function createMatchScorer(text: string, quote: TextQuoteSelector, hint?: number): MatchScorer {
  const { prefix, suffix } = quote;
  const quoteLength = Math.max(1, quote.exact.length);
  // Compiled on first use: most candidates have their context intact and never need them.
  let reversedPrefix: CompiledPattern | null = null;
  let compiledSuffix: CompiledPattern | null = null;

  const prefixScore = (start: number): number => {
    if (prefix.length === 0) return start === 0 ? 1 : UNKNOWN_CONTEXT;
    if (start >= prefix.length && text.startsWith(prefix, start - prefix.length)) return 1;
    reversedPrefix ??= compilePattern(reverse(prefix));
    const window = Math.min(start, prefix.length + CONTEXT_SLACK);
    return similarity(prefix.length, anchoredDistance(reversedPrefix, text, start - 1, -1, window));
  };

  const suffixScore = (end: number): number => {
    if (suffix.length === 0) return end === text.length ? 1 : UNKNOWN_CONTEXT;
    if (text.startsWith(suffix, end)) return 1;
    compiledSuffix ??= compilePattern(suffix);
    const window = Math.min(text.length - end, suffix.length + CONTEXT_SLACK);
    return similarity(suffix.length, anchoredDistance(compiledSuffix, text, end, 1, window));
  };

  return (start, end, errors) => {
    const before = prefixScore(start);
    const after = suffixScore(end);
    const quoteScore = Math.max(0, 1 - errors / quoteLength);
    const positionScore =
      hint === undefined || text.length === 0 ? 1 : Math.max(0, 1 - Math.abs(start - hint) / text.length);
    const raw =
      QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * before + SUFFIX_WEIGHT * after + POSITION_WEIGHT * positionScore;
    return { score: raw / MAX_SCORE, context: (before + after) / 2 };
  };
}

function similarity(length: number, distance: number): number {
  return Math.max(0, 1 - distance / length);
}

function reverse(value: string): string {
  let out = "";
  for (let i = value.length - 1; i >= 0; i--) out += value.charAt(i);
  return out;
}
