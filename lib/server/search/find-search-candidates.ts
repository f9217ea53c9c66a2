import "server-only";
import { getDb } from "@/lib/db";
import type { ArticleStatus } from "@/lib/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchCandidate } from "@/lib/search/rank";
import type { SearchResultType } from "@/lib/search/types";
import type { SearchFilters } from "@/lib/validation/search";
import { ALIAS, FROM_CLAUSE, scopeAndFilters } from "./search-scope";

/** The query as PostgreSQL's tsquery texts (lib/server/search/search-terms.ts). */
export type SearchTsQueries = { query: string; phrase: string | null; numbers: string | null };

/**
 * How many rows of one type a search ranks. The index finds every match, but ranking reads each
 * one's vector (and its article, for the scope): past this many, the first ones found are ranked
 * and the answer says it was capped. An article's vector is the largest, so fewer of them. At a
 * million findings, a cap of 1,000 cost a common word about five times as much as 200 (scale bench).
 */
export const CANDIDATE_CAP: Record<SearchResultType, number> = { finding: 200, article: 100, source: 200, "fact-check": 200 };
const NEAR_CAP = 200;

// ts_rank's weights, in its order {D, C, B, A}: text and URLs, notes, passages and names, titles and claims.
const FIELD_WEIGHTS = "{0.1,0.2,0.4,1.0}";
const HEAD_FIELDS_ONLY = "{0,0,1,1}";

type Row = { id: string; textRank: number; phrase: boolean; numbersInHeadFields: boolean };

/** The rows of one type that have every term, with what ranking needs to know of each. */
async function findTypeCandidates(
  type: SearchResultType,
  ts: SearchTsQueries,
  statuses: readonly ArticleStatus[],
  filters: SearchFilters,
): Promise<{ candidates: SearchCandidate[]; capped: boolean }> {
  const alias = ALIAS[type];
  const cap = CANDIDATE_CAP[type];
  const phrase = ts.phrase ? Prisma.sql`c.v @@ ${ts.phrase}::tsquery` : Prisma.sql`false`;
  const numbers = ts.numbers ? Prisma.sql`ts_rank(${HEAD_FIELDS_ONLY}::float4[], c.v, ${ts.numbers}::tsquery) > 0.0001` : Prisma.sql`false`;
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT c.id, ts_rank(${FIELD_WEIGHTS}::float4[], c.v, ${ts.query}::tsquery)::float8 AS "textRank",
           ${phrase} AS phrase, ${numbers} AS "numbersInHeadFields"
    FROM (
      SELECT ${alias}.id, ${alias}."searchVector" AS v
      FROM ${FROM_CLAUSE[type]}
      WHERE ${alias}."searchVector" @@ ${ts.query}::tsquery AND ${scopeAndFilters(type, statuses, filters)}
      LIMIT ${cap + 1}
    ) c`;
  return {
    candidates: rows.slice(0, cap).map((row) => ({ type, ...row, similarity: 0 })),
    capped: rows.length > cap,
  };
}

export async function findSearchCandidates(
  types: readonly SearchResultType[],
  ts: SearchTsQueries,
  statuses: readonly ArticleStatus[],
  filters: SearchFilters,
) {
  const found = await Promise.all(types.map((type) => findTypeCandidates(type, ts, statuses, filters)));
  return { candidates: found.flatMap((entry) => entry.candidates), capped: found.some((entry) => entry.capped) };
}

/** The short fields a misspelt word may still nearly match (each has a pg_trgm index). */
const NEAR_FIELDS: Record<SearchResultType, Prisma.Sql[]> = {
  article: [Prisma.sql`a.title`, Prisma.sql`a.publisher`],
  finding: [Prisma.sql`n."claimText"`, Prisma.sql`n.speaker`, Prisma.sql`n.holder`],
  source: [Prisma.sql`s.title`, Prisma.sql`s.publisher`],
  "fact-check": [Prisma.sql`f."claimReviewed"`, Prisma.sql`f.headline`, Prisma.sql`f."publisherName"`, Prisma.sql`f."claimAuthor"`],
};

// pg_trgm's word similarity from which a short field counts as a near match. Its default (0.6)
// misses a swapped pair of letters in a name ("Jonhson" is 0.33 of "Boris Johnson"). A first pass
// at 0.5 was tried and dropped: at a million findings its index scan rechecked 13,000 rows per
// field to find none (2 s), where one pass at 0.3 stops after the first rows it needs (50 ms).
export const NEAR_THRESHOLDS = [0.3];

/**
 * Rows whose short fields nearly match the words as typed (pg_trgm), for when no row has them all:
 * a misspelt name or title still finds something. One transaction (the operator's threshold is a
 * setting, this transaction's only) and one statement per threshold for every type.
 */
export async function findNearCandidates(
  types: readonly SearchResultType[],
  text: string,
  statuses: readonly ArticleStatus[],
  filters: SearchFilters,
) {
  return getDb().$transaction(async (tx) => {
    let found = { candidates: [] as SearchCandidate[], capped: false };
    for (const threshold of NEAR_THRESHOLDS) {
      await tx.$executeRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(threshold)}, true)`;
      const rows = await tx.$queryRaw<{ type: SearchResultType; id: string; similarity: number }[]>`
        SELECT * FROM (${Prisma.join(
          types.map((type) => Prisma.sql`(${nearQuery(type, text, statuses, filters)})`),
          " UNION ALL ",
        )}) near`;
      const ofType = (type: SearchResultType) => rows.filter((row) => row.type === type);
      const candidates = types.flatMap((type) =>
        ofType(type)
          .slice(0, NEAR_CAP)
          .map((row) => ({ type, id: row.id, textRank: 0, phrase: false, numbersInHeadFields: false, similarity: row.similarity })),
      );
      found = { candidates, capped: types.some((type) => ofType(type).length > NEAR_CAP) };
      if (candidates.length) break;
    }
    return found;
  });
}

function nearQuery(type: SearchResultType, text: string, statuses: readonly ArticleStatus[], filters: SearchFilters) {
  const fields = NEAR_FIELDS[type];
  return Prisma.sql`
    SELECT ${type}::text AS type, ${ALIAS[type]}.id,
           greatest(${Prisma.join(
             fields.map((field) => Prisma.sql`word_similarity(${text}, coalesce(${field}, ''))`),
             ", ",
           )})::float8 AS similarity
    FROM ${FROM_CLAUSE[type]}
    WHERE (${Prisma.join(
      fields.map((field) => Prisma.sql`${text} <% ${field}`),
      " OR ",
    )}) AND ${scopeAndFilters(type, statuses, filters)}
    LIMIT ${NEAR_CAP + 1}`;
}
