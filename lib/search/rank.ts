import type { SearchCursor } from "./search-cursor";
import { SEARCH_RESULT_TYPES, type SearchResultType } from "./types";

/**
 * What the database says of one candidate row (lib/server/search), from which its score is made here.
 * `textRank` is PostgreSQL's ts_rank with the field weights (A 1.0, B 0.4, C 0.2, D 0.1): it
 * already favours hits in titles and claims, several occurrences (saturating) and terms close
 * together.
 */
export type SearchCandidate = {
  type: SearchResultType;
  id: string;
  textRank: number;
  /** The words typed outside quotes also stand together, in order, as a phrase. */
  phrase: boolean;
  /** Every number of the query is in a title, claim, passage or name (fields A and B), not only in body text. */
  numbersInHeadFields: boolean;
  /** Near matches only: the best trigram word similarity of the query to a short field (0–1). */
  similarity: number;
};

export type RankedCandidate = SearchCandidate & { score: number };

// Measured on the integration fixtures (lib/server/search/search-ranking.int.test.ts): a phrase
// typed loose is usually the claim itself, and a figure in the claim beats the same figure in a
// long article's body.
export const PHRASE_BOOST = 1.5;
export const HEAD_NUMBER_BOOST = 1.3;

export function scoreCandidate(candidate: SearchCandidate): number {
  if (candidate.similarity > 0) return round(candidate.similarity);
  const boost = (candidate.phrase ? PHRASE_BOOST : 1) * (candidate.numbersInHeadFields ? HEAD_NUMBER_BOOST : 1);
  return round(candidate.textRank * boost);
}

// Scores travel in page cursors: rounded so that the one in a cursor is the one recomputed.
function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** Best first; equal scores by type, then id, so the order is total and pages never overlap. */
export function compareRanked(
  a: Pick<RankedCandidate, "score" | "type" | "id">,
  b: Pick<RankedCandidate, "score" | "type" | "id">,
): number {
  return (
    b.score - a.score ||
    SEARCH_RESULT_TYPES.indexOf(a.type) - SEARCH_RESULT_TYPES.indexOf(b.type) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The page after `cursor` (or the first) of the candidates in ranked order, and whether more follow. */
export function rankPage(candidates: readonly SearchCandidate[], cursor: SearchCursor | null, size: number) {
  const ranked = candidates.map((candidate) => ({ ...candidate, score: scoreCandidate(candidate) })).sort(compareRanked);
  const after = cursor ? ranked.filter((candidate) => compareRanked(candidate, cursor) > 0) : ranked;
  return { page: after.slice(0, size), hasMore: after.length > size };
}
