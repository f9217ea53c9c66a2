import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { readableArticleStatuses } from "@/lib/policies/articles";
import { parseSearchQuery } from "@/lib/search/parse-query";
import { rankPage } from "@/lib/search/rank";
import { decodeSearchCursor, encodeSearchCursor, searchKeyOf } from "@/lib/search/search-cursor";
import { searchedTypes } from "@/lib/search/search-filters";
import type { SearchPage } from "@/lib/search/types";
import { SEARCH_PAGE_SIZE, type SearchQuery } from "@/lib/validation/search";
import { findNearCandidates, findSearchCandidates } from "./find-search-candidates";
import { readSearchResults } from "./read-search-results";
import { toTsQueries } from "./search-terms";

export type SearchEverythingOptions = { actor: Pick<Actor, "role">; query: SearchQuery };

/**
 * One page of what the actor may read that matches the query: articles, findings, sources and
 * fact-checks, ranked together (lib/search/rank.ts). Scoped as every read: an archived article,
 * its findings, their sources and its desk entries exist only for editors and admins. When no row
 * has every word, the short fields' near matches answer instead (`near`). Pages follow a keyset
 * cursor over the ranked order (score, type, id), 20 at a time.
 */
export async function searchEverything({ actor, query }: SearchEverythingOptions): Promise<SearchPage> {
  const { q, after, ...filters } = query;
  const searchKey = searchKeyOf(query);
  const cursor = after ? decodeSearchCursor(after, searchKey) : null;
  const parsed = parseSearchQuery(q);
  const types = searchedTypes(filters);
  const statuses = readableArticleStatuses(actor);
  const ts = await toTsQueries(parsed);
  const empty: SearchPage = { results: [], nextCursor: null, near: false, capped: false };
  if (!types.length || !ts) return empty;

  let near = cursor?.near ?? false;
  let found = near ? null : await findSearchCandidates(types, ts, statuses, filters);
  if (!found || (found.candidates.length === 0 && !cursor)) {
    near = true;
    found = await findNearCandidates(types, parsed.terms.map((term) => term.text).join(" "), statuses, filters);
  }
  const { page, hasMore } = rankPage(found.candidates, cursor, SEARCH_PAGE_SIZE);
  const results = await readSearchResults(actor, page, parsed.terms, near);
  const last = page.at(-1);
  return {
    results,
    nextCursor: hasMore && last ? encodeSearchCursor({ score: last.score, type: last.type, id: last.id, near }, searchKey) : null,
    near,
    capped: found.capped,
  };
}
