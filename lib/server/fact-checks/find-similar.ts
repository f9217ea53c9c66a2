import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { SimilarMatch } from "@/lib/fact-checks/similar-match";
import { readableArticleStatuses } from "@/lib/policies/articles";

type Row = {
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
  score: number;
};

/**
 * The earlier fact-checks closest to `text`, best first. Desk entries come only from articles the
 * actor may read (as every read), and a finding never matches itself.
 * FIRST VERSION: PostgreSQL's rank over an OR of the text's lexemes. The ranking module replaces it.
 */
export async function findSimilarFactChecks(
  actor: Pick<Actor, "role">,
  input: { text: string; limit: number; excludeAnnotationId?: string },
): Promise<SimilarMatch[]> {
  const statuses = [...readableArticleStatuses(actor)];
  const rows = await getDb().$queryRaw<Row[]>`
    WITH q AS (
      SELECT coalesce(to_tsquery('factmark_english', nullif(array_to_string(
        array(SELECT quote_literal(lexeme) FROM unnest(to_tsvector('factmark_english', ${input.text}))), ' | '), '')), ''::tsquery) AS query
    )
    SELECT f.id, f.url, f."claimReviewed", f.headline, f."ratingName", f."ratingValue", f."bestRating",
           f."worstRating", f."publisherName", f."datePublished", f.origin, f."annotationId",
           ts_rank_cd(f."searchVector", q.query) AS score
    FROM "FactCheck" f CROSS JOIN q
    LEFT JOIN "Article" a ON a.id = f."articleId"
    WHERE f."searchVector" @@ q.query
      AND (f.origin = 'LIBRARY' OR (f.standing = 'CURRENT' AND a.status::text = ANY(${statuses})))
      AND (${input.excludeAnnotationId ?? null}::text IS NULL OR f."annotationId" IS DISTINCT FROM ${input.excludeAnnotationId ?? null})
    ORDER BY score DESC, f.id
    LIMIT ${input.limit}`;
  return rows.map((row) => ({
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
    score: Number(row.score),
    origin: row.origin === "DESK" ? "desk" : "library",
    ...(row.annotationId ? { annotationId: row.annotationId } : {}),
    matchedWords: [],
  }));
}
