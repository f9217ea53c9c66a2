import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { anyLexemeQuery, chooseCandidateTerms } from "@/lib/fact-checks/ranking/candidate-terms";
import { prepareQueryText } from "@/lib/fact-checks/ranking/query-text";
import { rankSimilar } from "@/lib/fact-checks/ranking/rank-similar";
import type { SimilarMatch } from "@/lib/fact-checks/similar-match";
import { readableArticleStatuses } from "@/lib/policies/articles";
import { readLibraryStats } from "./term-stats";

type MatchRow = {
  id: string;
  url: string | null;
  claimReviewed: string;
  headline: string | null;
  ratingName: string | null;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  publisherName: string | null;
  datePublished: Date | null;
  origin: "LIBRARY" | "DESK";
  annotationId: string | null;
  highlighted: string;
};

// Marks that ts_headline puts around matched words: control characters that the library's
// plain-text fields never hold (the import drops them).
const START = "\u0002";
const STOP = "\u0003";

/**
 * The earlier fact-checks closest to `text`, best first. PostgreSQL finds the candidates (the
 * rows holding the query's rarest lexemes, through the GIN index) and the pure ranking
 * (`lib/fact-checks/ranking`) orders them by BM25F with the library's own document frequencies.
 * Desk entries come only from articles the actor may read (as every read), and a finding never
 * matches itself.
 */
export async function findSimilarFactChecks(
  actor: Pick<Actor, "role">,
  input: { text: string; limit: number; excludeAnnotationId?: string; language?: string },
): Promise<SimilarMatch[]> {
  const db = getDb();
  const text = prepareQueryText(input.text);
  const language = input.language ?? "en";
  const [terms, stats] = await Promise.all([
    db.$queryRaw<{ lexeme: string; documents: number }[]>`
      SELECT u.lexeme, coalesce(t.docs, 0) AS documents
      FROM unnest(to_tsvector(factmark_search_config(${language}), ${text})) AS u(lexeme, positions, weights)
      LEFT JOIN "FactCheckTerm" t ON t.term = u.lexeme`,
    readLibraryStats(db),
  ]);
  const chosen = chooseCandidateTerms(terms);
  if (chosen.length === 0) return [];
  const statuses = [...readableArticleStatuses(actor)];
  const candidates = await db.$queryRaw<{ id: string; vector: string }[]>`
    SELECT f.id, f."searchVector"::text AS vector
    FROM "FactCheck" f
    WHERE f."searchVector" @@ ${anyLexemeQuery(chosen)}::tsquery
      AND (f.origin = 'LIBRARY' OR (f.standing = 'CURRENT' AND EXISTS (
        SELECT 1 FROM "Article" a WHERE a.id = f."articleId" AND a.status::text = ANY(${statuses}))))
      AND f."annotationId" IS DISTINCT FROM ${input.excludeAnnotationId ?? ""}
    ORDER BY f."createdAt", f.id`;
  const ranked = rankSimilar(
    terms,
    candidates.map((row, order) => ({ ...row, order })),
    stats,
    input.limit,
  );
  if (ranked.length === 0) return [];
  const matchedQuery = anyLexemeQuery([...new Set(ranked.flatMap((entry) => entry.matchedLexemes))]);
  const rows = await db.$queryRaw<MatchRow[]>`
    SELECT f.id, f.url, f."claimReviewed", f.headline, f."ratingName", f."ratingValue", f."bestRating",
           f."worstRating", f."publisherName", f."datePublished", f.origin, f."annotationId",
           ts_headline(factmark_search_config(f.language), f."claimReviewed", ${matchedQuery}::tsquery,
             ${`StartSel=${START}, StopSel=${STOP}, HighlightAll=true`}) AS highlighted
    FROM "FactCheck" f WHERE f.id = ANY(${ranked.map((entry) => entry.id)})`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ranked.flatMap(({ id, score }) => {
    const row = byId.get(id);
    return row ? [toMatch(row, score)] : [];
  });
}

function toMatch(row: MatchRow, score: number): SimilarMatch {
  return {
    id: row.id,
    url: row.url,
    claimReviewed: row.claimReviewed,
    headline: row.headline,
    rating: {
      alternateName: row.ratingName,
      ratingValue: row.ratingValue,
      bestRating: row.bestRating,
      worstRating: row.worstRating,
    },
    publisher: row.publisherName,
    datePublished: row.datePublished ? row.datePublished.toISOString().slice(0, 10) : null,
    score: Math.round(score * 1000) / 1000,
    origin: row.origin === "DESK" ? "desk" : "library",
    ...(row.annotationId ? { annotationId: row.annotationId } : {}),
    matchedWords: highlightedWords(row.highlighted),
  };
}

function highlightedWords(highlighted: string): string[] {
  const words = [...highlighted.matchAll(new RegExp(`${START}([^${STOP}]*)${STOP}`, "g"))].map((match) => match[1] ?? "");
  return [...new Set(words.filter(Boolean))];
}
