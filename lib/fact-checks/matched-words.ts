// "Why it matched": the words an earlier fact-check's claim shares with ours, marked in its text.
// Pure, so the card only renders the segments.
import type { SimilarMatch } from "@/lib/fact-checks/similar-match";

export type Segment = { text: string; isMatch: boolean };

// A word, a number with its inner separators ("4.1", "1,000", "2027-28" stays two), a contraction.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.,][\p{L}\p{M}\p{N}]+)*/gu;

// Words too common to say anything about why two claims match.
const STOP_WORDS = new Set(
  (
    "a an and are as at be been but by did do does for from had has have he her his i if in into is it its " +
    "me my no not of on or our she so than that the their them then there these they this those to too " +
    "us was we were what when which who will with would you your"
  ).split(" "),
);

/** Case and accents off, a possessive and a plural s off: how two words are compared. */
export function wordKey(word: string): string {
  const folded = word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s$/u, "");
  // Numbers and short words are compared whole ("us" is not "u", "2020s" is a decade).
  if (/\p{N}/u.test(folded) || folded.length <= 3) return folded;
  if (folded.endsWith("ies")) return `${folded.slice(0, -3)}y`;
  if (folded.endsWith("s") && !folded.endsWith("ss")) return folded.slice(0, -1);
  return folded;
}

function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * `text` cut into runs that are, or are not, one of `words` (compared by wordKey). Joined, the
 * segments give back `text` exactly; neighbouring matches are one segment, spaces between them included.
 */
export function highlightSegments(text: string, words: readonly string[]): Segment[] {
  const keys = new Set(words.map(wordKey));
  const segments: Segment[] = [];
  let at = 0;
  const push = (end: number, isMatch: boolean) => {
    if (end <= at) return;
    const last = segments.at(-1);
    if (last && last.isMatch === isMatch) last.text += text.slice(at, end);
    else segments.push({ text: text.slice(at, end), isMatch });
    at = end;
  };
  const found = wordsOf(text).filter(({ word }) => keys.has(wordKey(word)));
  found.forEach(({ start, end }, i) => {
    const previous = found[i - 1];
    // Only spaces between two matched words: one highlighted phrase rather than two.
    const joinsPrevious = previous !== undefined && previous.end === at && /^\s+$/u.test(text.slice(at, start));
    push(start, joinsPrevious);
    push(end, true);
  });
  push(text.length, false);
  return segments;
}

/** The words of `claim` (as written there) that `query` shares, leaving out the commonest words. */
export function wordsInCommon(query: string, claim: string): string[] {
  const asked = new Set(wordsOf(query).map(({ word }) => wordKey(word)));
  const shared = wordsOf(claim)
    .map(({ word }) => word)
    .filter((word) => !STOP_WORDS.has(wordKey(word)) && asked.has(wordKey(word)));
  return [...new Set(shared)];
}

/**
 * The words to mark in a match's claim: the ranking's own `matchedWords`, or, when it gave none,
 * the words in common with what was asked, so the card always says why.
 */
export function matchedWordsOf(match: Pick<SimilarMatch, "matchedWords" | "claimReviewed">, query: string): string[] {
  return match.matchedWords?.length ? match.matchedWords : wordsInCommon(query, match.claimReviewed);
}
