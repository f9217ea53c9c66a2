import search, { type Match } from "approx-string-match";
import { createMatchScorer, maxScoreWithErrors, type MatchScore, type MatchScorer } from "./match-score";
import { expandToWholeWords, isInsideWord } from "./snap-to-words";
import type { AnchorResult, AnchorSelectors, Span, TextQuoteSelector } from "./types";
import { splitsSurrogatePair } from "./unicode";

export type AnchorOptions = {
  /** Set to false to orphan annotations whose quote no longer occurs exactly. Default true. */
  fuzzy?: boolean;
  /** Lowest weighted score (0–1) a fuzzy match may have. Default MIN_FUZZY_SCORE. */
  minFuzzyScore?: number;
  /**
   * Where the quote most likely starts now (e.g. the old offset shifted by the edits before it).
   * The fuzzy search looks around here first and only scans the whole text if nothing there is
   * clearly right. Defaults to the stored position.
   */
  likelyStart?: number;
};

// Hypothesis allows min(256, quote.length / 2) errors; a quarter keeps a corrected figure or
// reworded phrase findable while making it unlikely that a different sentence passes for it.
const MAX_ERRORS_CAP = 256;
const ERRORS_PER_QUOTE_CHAR = 1 / 4;

/**
 * A fuzzy match below this is orphaned. A quote that differs by the whole error budget still
 * passes with intact context on both sides (≈ 0.86) but not with intact context on one side and
 * chance-level similarity on the other (≈ 0.71); a close quote (≤ 10% different) passes with
 * context on one side (≈ 0.79). Orphaning is the safe failure: the quote is kept and an editor
 * re-attaches it.
 */
export const MIN_FUZZY_SCORE = 0.75;

// A short quote ("the", "per cent", "£5m") recurs by chance, so a match only counts if the text
// around it resembles the stored context at least this much...
const MIN_CONTEXT_SIMILARITY = 0.5;
// ...unless this many of its characters match, which is distinctive on its own (a sentence
// moved into a new paragraph keeps its annotation).
const DISTINCTIVE_MATCH_LENGTH = 32;

// Bounds the work spent ranking a quote that approximately matches all over the text.
const MAX_FUZZY_CANDIDATES = 64;
// First code unit tried for one that a string does not contain (the start of the Private Use Area).
const FIRST_UNUSED_CANDIDATE = 0xe000;

// Approximate search costs time proportional to the text searched, so it starts with this many
// characters (plus twice the quote) either side of the likely start, and accepts what it finds
// there without scanning the rest if the match is this good: near-perfect quote and context.
const NEAR_RADIUS = 1_024;
const CONFIDENT_SCORE = 0.9;

type Candidate = { start: number; end: number; errors: number } & MatchScore;

/**
 * Finds where an annotation belongs in `text`, which may be a corrected version of the text it
 * was made on. Tries, in order: the stored offsets, exact occurrences of the quote ranked by
 * context, then approximate occurrences. Returns null when nothing is convincing (orphaned).
 */
export function anchor(text: string, selectors: AnchorSelectors, options: AnchorOptions = {}): AnchorResult | null {
  const { position, quote } = selectors;
  const exact = quote.exact;
  if (exact.length === 0) return null;

  const hint = position && Number.isFinite(position.start) ? position.start : undefined;
  const score = createMatchScorer(text, quote, hint);

  if (position && quoteAt(text, exact, position.start) && position.end - position.start === exact.length) {
    const here = { start: position.start, end: position.end, method: "position" } as const;
    if (contextAt(text, quote, position.start)) return here;
    // Same text at the same offset but different surroundings: an earlier edit may have slid
    // another occurrence of a repeated phrase into place, so the stored context gets a say.
    const stay = score(position.start, position.end, 0);
    const elsewhere = best(exactCandidates(text, exact, score), quote);
    if (!elsewhere || elsewhere.start === position.start || elsewhere.score <= stay.score) return here;
    return { start: elsewhere.start, end: elsewhere.end, method: "quote", score: elsewhere.score };
  }

  const likelyStart = Number.isInteger(options.likelyStart) ? options.likelyStart : undefined;
  // Text that merely moved (the common case after a correction) is found without scanning: the
  // quote and its whole stored context still sit together where the edits moved them.
  if (likelyStart !== undefined && quoteAt(text, exact, likelyStart) && contextAt(text, quote, likelyStart)) {
    const end = likelyStart + exact.length;
    return { start: likelyStart, end, method: "quote", score: score(likelyStart, end, 0).score };
  }

  const exactMatch = best(exactCandidates(text, exact, score), quote);
  if (exactMatch) return { start: exactMatch.start, end: exactMatch.end, method: "quote", score: exactMatch.score };

  if (options.fuzzy === false) return null;
  const maxErrors = Math.min(MAX_ERRORS_CAP, Math.floor(exact.length * ERRORS_PER_QUOTE_CHAR));
  if (maxErrors === 0) return null;
  const minScore = options.minFuzzyScore ?? MIN_FUZZY_SCORE;
  const likely = likelyStart ?? hint;
  const fit = createMatchFitter(text, quote, maxErrors);
  const fuzzy = (from = 0, to = text.length) => bestFuzzyMatch({ text, quote, maxErrors, minScore, from, to, likely, fit, score });

  if (likely !== undefined) {
    // As Hypothesis does: search a window around the expected position first, then everywhere.
    const radius = NEAR_RADIUS + 2 * exact.length;
    const from = Math.max(0, likely - radius);
    const to = Math.min(text.length, likely + exact.length + radius);
    const near = fuzzy(from, to);
    if (from === 0 && to === text.length) return near ? fuzzyResult(near) : null;
    if (near && near.score >= CONFIDENT_SCORE) return fuzzyResult(near);
  }
  const anywhere = fuzzy();
  return anywhere ? fuzzyResult(anywhere) : null;
}

type FuzzySearch = {
  text: string;
  quote: TextQuoteSelector;
  maxErrors: number;
  minScore: number;
  /** Search only text[from, to). */
  from: number;
  to: number;
  /** Among equally good matches, those starting nearer here are scored first. */
  likely: number | undefined;
  fit: (match: Match) => Match;
  score: MatchScorer;
};

/**
 * The best convincing approximate occurrence of the quote in text[from, to), or null.
 *
 * search() from approx-string-match reports only the matches with the fewest errors, but an
 * occurrence with more errors and the stored context must be able to beat one with fewer errors
 * in the wrong place. So each round's matches are blanked out (overwritten with a code unit the
 * quote does not contain, which every alignment over them pays for) and the search repeated: no
 * alignment ending where a match ended keeps its error count, so each round finds matches with
 * strictly more errors than the last. Rounds stop once a match with more errors could not beat
 * the best candidate so far even with perfect context, once the errors alone put minScore out of
 * reach, or after MAX_FUZZY_CANDIDATES candidates.
 */
function bestFuzzyMatch(options: FuzzySearch): Candidate | null {
  const { text, quote, maxErrors, minScore, from, to, likely, fit, score } = options;
  const exact = quote.exact;
  const blank = String.fromCharCode(unusedCodeUnit([exact]));
  // Exact occurrences were already judged; blanking them keeps the candidate slots free.
  let window = blankOut(text.slice(from, to), exactOccurrences(text.slice(from, to), exact), blank);
  const seen = new Set<string>();
  let top: Candidate | null = null;
  let scored = 0;

  while (scored < MAX_FUZZY_CANDIDATES) {
    const matches = search(window, exact, maxErrors);
    const errors = matches[0]?.errors;
    if (errors === undefined) break;
    if (maxScoreWithErrors(exact.length, errors) < minScore) break;

    const distance = (match: Match) => (likely === undefined ? 0 : Math.abs(match.start + from - likely));
    const ranked = [...matches].sort((a, b) => distance(a) - distance(b)).slice(0, MAX_FUZZY_CANDIDATES - scored);
    for (const found of ranked) {
      scored += 1;
      const match = fit({ start: found.start + from, end: found.end + from, errors: found.errors });
      const key = `${match.start}:${match.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const candidate = { ...match, ...score(match.start, match.end, match.errors) };
      // Ties keep the earlier candidate: fewer errors, then nearer the likely start.
      if (candidate.score < minScore || !isConvincing(candidate, quote)) continue;
      if (!top || candidate.score > top.score) top = candidate;
    }
    // Later rounds have more errors: stop here if they cannot do better, sparing a search.
    if (top && top.score >= maxScoreWithErrors(exact.length, errors + 1)) break;
    window = blankOut(window, matches, blank);
  }
  return top;
}

function exactOccurrences(text: string, exact: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    spans.push({ start: at, end: at + exact.length });
  }
  return spans;
}

// `text` with every span overwritten by `blank`, keeping all offsets.
function blankOut(text: string, spans: readonly Span[], blank: string): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const { start, end } of sorted) {
    const from = Math.max(at, start);
    if (end <= from) continue;
    out += text.slice(at, from) + blank.repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}

// A UTF-16 code unit that occurs in none of `strings`.
function unusedCodeUnit(strings: readonly string[], after = FIRST_UNUSED_CANDIDATE - 1): number {
  let code = after + 1;
  while (strings.some((value) => value.includes(String.fromCharCode(code)))) code += 1;
  return code;
}

/**
 * Edit distance between `pattern` and the whole of `text`, exact up to `atMost` (a larger one
 * comes back as some number above `atMost`). search() aligns the pattern with the best stretch of
 * the text, so both are framed in runs of `atMost + 1` code units that neither contains: a
 * stretch that leaves out part of `text` leaves a whole run of the pattern unmatched, which costs
 * more than `atMost`.
 */
function editDistance(pattern: string, text: string, atMost: number): number {
  const run = atMost + 1;
  const open = String.fromCharCode(unusedCodeUnit([pattern, text])).repeat(run);
  const close = String.fromCharCode(unusedCodeUnit([pattern, text], open.charCodeAt(0))).repeat(run);
  const [match] = search(open + text + close, open + pattern + close, atMost);
  return match ? match.errors : run;
}

function fuzzyResult(candidate: Candidate): AnchorResult {
  return { start: candidate.start, end: candidate.end, method: "fuzzy", score: candidate.score };
}

function quoteAt(text: string, exact: string, start: number): boolean {
  return Number.isInteger(start) && start >= 0 && text.startsWith(exact, start);
}

// Whether the stored prefix and suffix surround the quote unchanged (cheap: no edit distance).
function contextAt(text: string, quote: TextQuoteSelector, start: number): boolean {
  const end = start + quote.exact.length;
  return (
    start >= quote.prefix.length &&
    (quote.prefix ? text.startsWith(quote.prefix, start - quote.prefix.length) : start === 0) &&
    (quote.suffix ? text.startsWith(quote.suffix, end) : end === text.length)
  );
}

function exactCandidates(text: string, exact: string, score: MatchScorer): Candidate[] {
  return exactOccurrences(text, exact).map(({ start, end }) => ({ start, end, errors: 0, ...score(start, end, 0) }));
}

// Ties keep the earlier candidate, so results do not depend on anything but the inputs.
function best(candidates: Candidate[], quote: TextQuoteSelector): Candidate | null {
  let top: Candidate | null = null;
  for (const candidate of candidates) {
    if (!isConvincing(candidate, quote)) continue;
    if (!top || candidate.score > top.score) top = candidate;
  }
  return top;
}

function isConvincing(candidate: Candidate, quote: TextQuoteSelector): boolean {
  return candidate.context >= MIN_CONTEXT_SIMILARITY || quote.exact.length - candidate.errors >= DISTINCTIVE_MATCH_LENGTH;
}

// Fixes up the edges of an approximate match before it is scored. Edit distance works on code
// units, so a match can begin or end inside an emoji: those edges always move out. And stored
// quotes usually begin and end on word edges (snapToWords) while the cheapest alignment of an
// edited quote can stop inside a word ("…400,000 worke|rs"): where the stored quote began or ended
// on a word edge, the match moves out to the word edge too if the re-counted errors stay within
// the budget.
function createMatchFitter(text: string, quote: TextQuoteSelector, maxErrors: number) {
  const original = quote.prefix + quote.exact + quote.suffix;
  const startsOnEdge = !isInsideWord(original, quote.prefix.length);
  const endsOnEdge = !isInsideWord(original, quote.prefix.length + quote.exact.length);
  // A widened match differs from the match by at most one code unit at each end.
  const errorsIn = (span: Span) => editDistance(quote.exact, text.slice(span.start, span.end), maxErrors + 2);
  const same = (span: Span, match: Match) => span.start === match.start && span.end === match.end;

  return (match: Match): Match => {
    const widened = {
      start: splitsSurrogatePair(text, match.start) ? match.start - 1 : match.start,
      end: splitsSurrogatePair(text, match.end) ? match.end + 1 : match.end,
    };
    const whole = expandToWholeWords(text, widened.start, widened.end);
    const fitted = { start: startsOnEdge ? whole.start : widened.start, end: endsOnEdge ? whole.end : widened.end };
    if (same(fitted, match)) return match;
    const fittedErrors = errorsIn(fitted);
    if (fittedErrors <= maxErrors) return { ...fitted, errors: fittedErrors };
    if (same(widened, match)) return match;
    return { ...widened, errors: errorsIn(widened) };
  };
}
