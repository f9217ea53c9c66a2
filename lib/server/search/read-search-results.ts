import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { SearchTerm } from "@/lib/search/parse-query";
import type { RankedCandidate } from "@/lib/search/rank";
import type { SearchResult, SearchResultType } from "@/lib/search/types";
import { SEARCH_RESULT_READERS, type ShownResult } from "./search-result-readers";

/**
 * What the page shows of each ranked candidate: its title and the hit in context, highlighted,
 * and the link. Read again within the actor's scope, so a row that left it meanwhile is dropped.
 */
export async function readSearchResults(
  actor: Pick<Actor, "role">,
  ranked: readonly RankedCandidate[],
  terms: readonly SearchTerm[],
  near: boolean,
): Promise<SearchResult[]> {
  const idsOf = (type: SearchResultType) => ranked.filter((candidate) => candidate.type === type).map((candidate) => candidate.id);
  const read = await Promise.all(
    (Object.entries(SEARCH_RESULT_READERS) as [SearchResultType, (typeof SEARCH_RESULT_READERS)[SearchResultType]][]).map(
      async ([type, reader]) => {
        const ids = idsOf(type);
        return [type, ids.length ? await reader(ids, terms, actor) : new Map<string, ShownResult>()] as const;
      },
    ),
  );
  const byType = new Map(read);
  return ranked.flatMap((candidate) => {
    const shown = byType.get(candidate.type)?.get(candidate.id);
    return shown ? [{ type: candidate.type, id: candidate.id, score: candidate.score, near, ...shown }] : [];
  });
}
