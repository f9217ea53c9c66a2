import type { VectorEntry } from "./tsvector-text";

/**
 * BM25F over the two fields a fact-check is found by: the claim as reviewed (weight A in the
 * search vector) and the headline (B). Parameters tuned on the claim-retrieval train split
 * (`npm run bench`): a grid over k1, b and the headline's weight moved MAP@5 by less than 0.006, so
 * the textbook values stay.
 */
export const BM25F = { k1: 1.2, claim: { weight: 1, b: 0.75 }, headline: { weight: 1, b: 0.75 } } as const;

export type LibraryStats = { documents: number; averageClaimLength: number; averageHeadlineLength: number };

/** The document's term frequencies per field, and each field's length in lexemes. */
export type FieldCounts = { claim: Map<string, number>; headline: Map<string, number>; claimLength: number; headlineLength: number };

export function fieldCounts(entries: readonly VectorEntry[]): FieldCounts {
  const counts: FieldCounts = { claim: new Map(), headline: new Map(), claimLength: 0, headlineLength: 0 };
  for (const { lexeme, positions } of entries) {
    for (const { weight } of positions) {
      if (weight === "A") {
        counts.claim.set(lexeme, (counts.claim.get(lexeme) ?? 0) + 1);
        counts.claimLength += 1;
      } else if (weight === "B") {
        counts.headline.set(lexeme, (counts.headline.get(lexeme) ?? 0) + 1);
        counts.headlineLength += 1;
      }
    }
  }
  return counts;
}

/** Robertson–Spärck Jones IDF with the +1 that keeps it positive for terms in most documents. */
export function inverseDocumentFrequency(documents: number, containing: number): number {
  return Math.log(1 + (documents - containing + 0.5) / (containing + 0.5));
}

/** The score of one document for a query's lexemes (each counted once: posts repeat words for effect). */
export function bm25fScore(
  query: ReadonlyMap<string, number>,
  document: FieldCounts,
  stats: LibraryStats,
): { score: number; matched: string[] } {
  let score = 0;
  const matched: string[] = [];
  const claimNorm = 1 - BM25F.claim.b + (BM25F.claim.b * document.claimLength) / Math.max(stats.averageClaimLength, 1e-9);
  const headlineNorm = 1 - BM25F.headline.b + (BM25F.headline.b * document.headlineLength) / Math.max(stats.averageHeadlineLength, 1e-9);
  for (const [lexeme, idf] of query) {
    const inClaim = document.claim.get(lexeme) ?? 0;
    const inHeadline = document.headline.get(lexeme) ?? 0;
    if (inClaim === 0 && inHeadline === 0) continue;
    const x = (BM25F.claim.weight * inClaim) / claimNorm + (BM25F.headline.weight * inHeadline) / headlineNorm;
    score += (idf * x) / (BM25F.k1 + x);
    matched.push(lexeme);
  }
  return { score, matched };
}
