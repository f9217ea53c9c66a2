import type { SearchFilters } from "@/lib/validation/search";
import { SEARCH_RESULT_TYPES, type SearchResultType } from "./types";

type FilterName = Exclude<keyof SearchFilters, "type">;

/**
 * Which results a filter can speak of. A filter narrows the results it applies to and leaves out
 * the others: with a verdict chosen, articles (which have none) are not shown.
 * - kind, review: a finding's own, a source's finding's.
 * - verdict: a finding's, a source's finding's, a fact-check's rating on our scale (desk entries).
 * - status: the article's (a desk entry's article; library entries have none).
 * - publisher: who published what the result shows: the article (for its findings too), the
 *   source's page, the fact-check.
 * - speaker: who made the claim: a quote's speaker or an opinion's holder, the claim's author in a fact-check.
 * - from, to: the article's publication date, or the fact-check's.
 */
export const FILTER_APPLIES_TO = {
  kind: ["finding", "source"],
  review: ["finding", "source"],
  verdict: ["finding", "source", "fact-check"],
  status: ["finding", "article", "source", "fact-check"],
  publisher: SEARCH_RESULT_TYPES,
  speaker: ["finding", "source", "fact-check"],
  from: SEARCH_RESULT_TYPES,
  to: SEARCH_RESULT_TYPES,
} as const satisfies Record<FilterName, readonly SearchResultType[]>;

/** The types of result this search looks among: the chosen type (or all), less those a filter cannot apply to. */
export function searchedTypes(filters: Partial<SearchFilters>): SearchResultType[] {
  const chosen = filters.type ? [filters.type] : [...SEARCH_RESULT_TYPES];
  return chosen.filter((type) =>
    (Object.keys(FILTER_APPLIES_TO) as FilterName[]).every(
      (name) => filters[name] == null || (FILTER_APPLIES_TO[name] as readonly SearchResultType[]).includes(type),
    ),
  );
}
