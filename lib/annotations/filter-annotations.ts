export type AnnotationFilter = { kind: string; verdict: string; status: string; author: string };
export const NO_FILTER: AnnotationFilter = { kind: "", verdict: "", status: "", author: "" };

type Filterable = { kind: string; status: string; verdict: { rating: string } | null; author: { id: string } };

export function matchesFilter(annotation: Filterable, filter: AnnotationFilter): boolean {
  return (
    (!filter.kind || annotation.kind === filter.kind) &&
    (!filter.status || annotation.status === filter.status) &&
    (!filter.author || annotation.author.id === filter.author) &&
    (!filter.verdict ||
      (filter.verdict === "NONE"
        ? annotation.verdict === null && annotation.kind === "CLAIM"
        : annotation.verdict?.rating === filter.verdict))
  );
}

/** How many annotations each option of one facet would show, given the other facets' choices. */
export function facetCounts<T extends Filterable>(
  annotations: T[],
  filter: AnnotationFilter,
  facet: keyof AnnotationFilter,
  valueOf: (a: T) => string | null,
) {
  const counts = new Map<string, number>();
  for (const annotation of annotations) {
    if (!matchesFilter(annotation, { ...filter, [facet]: "" })) continue;
    const value = valueOf(annotation);
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}
