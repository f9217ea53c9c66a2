import search from "approx-string-match";
import type { TextQuoteSelector } from "./types";

// Hypothesis' weights (src/annotator/anchoring/match-quote.ts): the quote itself matters most,
// context on each side next, and the distance from the old offset only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

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
 * Highest score a match with `errors` errors in a quote of `quoteLength` code units can reach
 * (perfect context on both sides, at the expected offset).
 */
export function maxScoreWithErrors(quoteLength: number, errors: number): number {
  const quoteScore = Math.max(0, 1 - errors / Math.max(1, quoteLength));
  return (QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT) / MAX_SCORE;
}

/**
 * Scores candidate locations of one quote, as Hypothesis' matchQuote does: the stored prefix and
 * suffix are each looked for approximately in as much text just before and just after the
 * candidate, and score 1 − errors / length. So a word inserted next to the quote costs its own
 * length, and text cut short by the edge of the document scores partly.
 */
export function createMatchScorer(text: string, quote: TextQuoteSelector, hint?: number): MatchScorer {
  const { prefix, suffix } = quote;
  const quoteLength = Math.max(1, quote.exact.length);

  const prefixScore = (start: number): number => {
    if (prefix.length === 0) return start === 0 ? 1 : UNKNOWN_CONTEXT;
    // Most candidates have their context intact; that needs no approximate search.
    if (start >= prefix.length && text.startsWith(prefix, start - prefix.length)) return 1;
    return textMatchScore(text.slice(Math.max(0, start - prefix.length), start), prefix);
  };

  const suffixScore = (end: number): number => {
    if (suffix.length === 0) return end === text.length ? 1 : UNKNOWN_CONTEXT;
    if (text.startsWith(suffix, end)) return 1;
    return textMatchScore(text.slice(end, end + suffix.length), suffix);
  };

  return (start, end, errors) => {
    const before = prefixScore(start);
    const after = suffixScore(end);
    const quoteScore = Math.max(0, 1 - errors / quoteLength);
    const positionScore = hint === undefined || text.length === 0 ? 1 : Math.max(0, 1 - Math.abs(start - hint) / text.length);
    const raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * before + SUFFIX_WEIGHT * after + POSITION_WEIGHT * positionScore;
    return { score: raw / MAX_SCORE, context: (before + after) / 2 };
  };
}

// Hypothesis' textMatchScore: how closely `str` occurs in `text`, 0–1. Hypothesis allows
// str.length errors; one fewer gives the same scores (a match with str.length errors scores 0, as
// no match does) but spares search() working out the start of every one of the many equally
// useless matches that unrelated text has.
function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const [match] = search(text, str, str.length - 1);
  return match ? 1 - match.errors / str.length : 0;
}
