import { bm25fScore, fieldCounts, inverseDocumentFrequency, type LibraryStats } from "./bm25f";
import { parseTsvectorText } from "./tsvector-text";

export type QueryTerm = { lexeme: string; documents: number };
export type Candidate = { id: string; vector: string; order: number };
export type RankedCandidate = { id: string; score: number; matchedLexemes: string[] };

/**
 * Orders candidates by BM25F, best first. Equal scores (the same claim imported twice with other
 * punctuation scores the same) go to the entry that came first into the library, so the order is
 * stable and the original is shown before its copies.
 */
export function rankSimilar(
  terms: readonly QueryTerm[],
  candidates: readonly Candidate[],
  stats: LibraryStats,
  limit: number,
): RankedCandidate[] {
  const query = new Map<string, number>();
  for (const term of terms) {
    if (term.documents > 0) query.set(term.lexeme, inverseDocumentFrequency(stats.documents, term.documents));
  }
  const scored = candidates.map((candidate) => {
    const { score, matched } = bm25fScore(query, fieldCounts(parseTsvectorText(candidate.vector)), stats);
    return { id: candidate.id, order: candidate.order, score, matchedLexemes: matched };
  });
  return scored
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ id, score, matchedLexemes }) => ({ id, score, matchedLexemes }));
}
