import type { SearchTerm } from "./parse-query";
import type { HighlightedText, Snippet, TextRange } from "./types";

/**
 * The query's words marked in a text, as data (offsets), never as markup. The database decides
 * what matches (with its stemmers); this only shows where, so it approximates them: a word is
 * marked when it is the term itself, or the two meet once common endings are taken off ("councils"
 * for "council", "rising" for "rises"; "ran" for "run" is missed, and "fourth" is not "four").
 * Numbers are marked only whole ("4.99", not the 4 of "4.995").
 */

// Numbers keep their inner dots, commas, dashes and slashes (4.99, 1,200, 2027-28); words keep an
// apostrophe (Barnet's, don't).
const TOKEN = /\p{N}+(?:[.,\-/]\p{N}+)*%?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const SUFFIXES = ["ing", "ies", "es", "ed", "ly", "s"];

type Token = { start: number; end: number; folded: string };
type Hit = TextRange & { term: number };

export function foldForMatch(value: string): string {
  return value.normalize("NFKD").replace(/\p{M}/gu, "").replace(/’/g, "'").toLocaleLowerCase("en").replace(/%$/, "");
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    folded: foldForMatch(match[0]),
  }));
}

/** The word and the word less each ending it may have: two words match when these meet ("rises" and "rising" at "ris"). */
function stems(folded: string): string[] {
  const word = folded.endsWith("'s") ? folded.slice(0, -2) : folded;
  return [
    word,
    ...SUFFIXES.filter((ending) => word.endsWith(ending) && word.length - ending.length >= 3).map((ending) =>
      word.slice(0, -ending.length),
    ),
  ];
}

function wordMatches(termWord: string, token: string, isNumber: boolean): boolean {
  if (token === termWord) return true;
  if (isNumber) return token.endsWith("'s") && token.slice(0, -2) === termWord;
  const termStems = stems(termWord);
  return stems(token).some((stem) => termStems.includes(stem));
}

/** Every place in `text` where a term stands, with the index of the term. */
function findHits(text: string, terms: readonly SearchTerm[]): Hit[] {
  const tokens = tokenize(text);
  const hits: Hit[] = [];
  terms.forEach((term, termIndex) => {
    const words = tokenize(term.text).map((token) => token.folded);
    if (words.length === 0) return;
    const isNumber = term.kind === "number";
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (words.every((word, j) => wordMatches(word, tokens[i + j]!.folded, isNumber || /^\p{N}/u.test(word)))) {
        hits.push({ start: tokens[i]!.start, end: tokens[i + words.length - 1]!.end, term: termIndex });
      }
    }
  });
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Sorted, overlapping and touching ranges joined. */
function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

export function highlightText(text: string, terms: readonly SearchTerm[]): HighlightedText {
  return { text, highlights: mergeRanges(findHits(text, terms)) };
}

export const SNIPPET_LENGTH = 220;

/**
 * The window of the field that holds the most different terms (then the most hits), cut at word
 * boundaries: the first field in `fields` (best first) with a hit, or the start of the first field
 * with text when none has one. Null when every field is empty.
 */
export function buildSnippet(
  fields: readonly { field: string; text: string | null | undefined }[],
  terms: readonly SearchTerm[],
  maxLength = SNIPPET_LENGTH,
): Snippet | null {
  const withText = fields.filter((entry): entry is { field: string; text: string } => Boolean(entry.text?.trim()));
  for (const entry of withText) {
    const hits = findHits(entry.text, terms);
    if (hits.length) return cut(entry.field, entry.text, hits, maxLength);
  }
  const first = withText[0];
  return first ? cut(first.field, first.text, [], maxLength) : null;
}

function cut(field: string, text: string, hits: Hit[], maxLength: number): Snippet {
  if (text.length <= maxLength) return { field, text, highlights: mergeRanges(hits), clippedStart: false, clippedEnd: false };
  let best = { start: 0, distinct: 0, count: 0 };
  for (const hit of hits) {
    // A little of what comes before the hit, so it reads in context.
    const start = Math.max(0, Math.min(hit.start - Math.floor(maxLength / 5), text.length - maxLength));
    const inside = hits.filter((other) => other.start >= start && other.end <= start + maxLength);
    const distinct = new Set(inside.map((other) => other.term)).size;
    if (distinct > best.distinct || (distinct === best.distinct && inside.length > best.count))
      best = { start, distinct, count: inside.length };
  }
  let start = best.start;
  let end = Math.min(text.length, start + maxLength);
  // Whole words only: step in to the next space at either cut, unless that would lose a hit.
  const firstHit = hits.find((hit) => hit.start >= start)?.start ?? end;
  if (start > 0) {
    const space = text.slice(start, firstHit).search(/\s/u);
    if (space >= 0) start += space + 1;
  }
  if (end < text.length) {
    const lastHitEnd = Math.max(start, ...hits.filter((hit) => hit.end <= end).map((hit) => hit.end));
    const space = text.slice(lastHitEnd, end).search(/\s\S*$/u);
    if (space >= 0) end = lastHitEnd + space;
  }
  // Never half a character: a cut inside a surrogate pair moves out of it.
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start++;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end--;
  const highlights = mergeRanges(hits.filter((hit) => hit.start >= start && hit.end <= end)).map((range) => ({
    start: range.start - start,
    end: range.end - start,
  }));
  return { field, text: text.slice(start, end), highlights, clippedStart: start > 0, clippedEnd: end < text.length };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
