/**
 * A search box's text as terms: words, numbers and "quoted phrases". Every term is required; the
 * database stems each one (lib/server/search), and the snippet marks them (snippet.ts). Claims turn
 * on figures, so a number is kept whole ("4.99", "1,200", "2027-28"), never split at its dots.
 */
export type SearchTermKind = "word" | "number" | "phrase";
export type SearchTerm = { kind: SearchTermKind; text: string };
export type ParsedQuery = {
  terms: SearchTerm[];
  /** The words and numbers typed outside quotes, in order: when they also stand together, the row ranks higher. */
  looseWords: string[];
  numbers: string[];
};

export const MAX_SEARCH_TERMS = 16;

const QUOTES = /["“”„«»]/;
const HAS_DIGIT = /\p{Nd}/u;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
// Punctuation around a word is not part of it: "(ref", "tax," and "'yes'" are ref, tax and yes.
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu;

export function parseSearchQuery(input: string): ParsedQuery {
  const text = input.normalize("NFKC");
  const terms: SearchTerm[] = [];
  const looseWords: string[] = [];
  const seen = new Set<string>();
  const add = (term: SearchTerm) => {
    const key = `${term.kind}:${term.text.toLocaleLowerCase("en")}`;
    if (seen.has(key)) return;
    seen.add(key);
    terms.push(term);
  };
  // Between quotes is a phrase; an unclosed quote runs to the end.
  text.split(QUOTES).forEach((part, index) => {
    const words = part.split(/\s+/u).map(cleanWord).filter(Boolean);
    if (index % 2 === 1 && words.length > 1) return add({ kind: "phrase", text: words.join(" ") });
    for (const word of words) {
      add({ kind: HAS_DIGIT.test(word) ? "number" : "word", text: word });
      if (index % 2 === 0) looseWords.push(word);
    }
  });
  return { terms, looseWords, numbers: terms.filter((term) => term.kind === "number").map((term) => term.text) };
}

function cleanWord(word: string): string {
  const cleaned = word.replace(EDGE_PUNCTUATION, "");
  return HAS_WORD_CHARACTER.test(cleaned) ? cleaned : "";
}

/** Why this query cannot be searched, or null. */
export function searchQueryProblem(parsed: ParsedQuery): string | null {
  if (parsed.terms.length === 0) return "Type a word or a number to search for.";
  if (parsed.terms.length > MAX_SEARCH_TERMS) return `Search for at most ${MAX_SEARCH_TERMS} words and phrases at once.`;
  return null;
}
