import "server-only";
import { getDb } from "@/lib/db";
import type { ParsedQuery } from "@/lib/search/parse-query";
import type { SearchTsQueries } from "./find-search-candidates";

/**
 * The parsed query as tsqueries, built by the database's own stemmers (factmark_search_tsquery,
 * see the search migration): every term; the loose words as one phrase (for ranking) when there
 * are two or more; the numbers (for ranking). Null when nothing in it is searchable.
 */
export async function toTsQueries(parsed: ParsedQuery): Promise<SearchTsQueries | null> {
  const phrase = parsed.looseWords.length > 1 ? parsed.looseWords.join(" ") : null;
  const [row] = await getDb().$queryRaw<{ query: string | null; phrase: string | null; numbers: string | null }[]>`
    SELECT factmark_search_tsquery(${parsed.terms.map((term) => term.text)}::text[])::text AS query,
           CASE WHEN ${phrase}::text IS NULL THEN NULL ELSE factmark_search_tsquery(ARRAY[${phrase}::text])::text END AS phrase,
           CASE WHEN cardinality(${parsed.numbers}::text[]) = 0 THEN NULL ELSE factmark_search_tsquery(${parsed.numbers}::text[])::text END AS numbers`;
  if (!row?.query) return null;
  return { query: row.query, phrase: row.phrase || null, numbers: row.numbers || null };
}
