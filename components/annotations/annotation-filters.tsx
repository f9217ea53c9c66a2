"use client";
import type { AnnotationView } from "@/lib/annotations/types";
import { facetCounts, type AnnotationFilter } from "@/lib/annotations/filter-annotations";
import { ANNOTATION_KINDS, ANNOTATION_STATUSES, KIND_LABELS, labelledOptions, STATUS_LABELS, VERDICT_RATINGS } from "@/lib/enums";
import { VERDICT_LABELS } from "@/lib/verdicts/scale";

type FiltersProps = { annotations: AnnotationView[]; filter: AnnotationFilter; onChange: (filter: AnnotationFilter) => void };

export function AnnotationFilters({ annotations, filter, onChange }: FiltersProps) {
  const authors = new Map(annotations.map((a) => [a.author.id, a.author.name]));
  const facets: {
    key: keyof AnnotationFilter;
    label: string;
    options: [string, string][];
    valueOf: (a: AnnotationView) => string | null;
  }[] = [
    { key: "kind", label: "Kind", options: labelledOptions(ANNOTATION_KINDS, KIND_LABELS), valueOf: (a) => a.kind },
    {
      key: "verdict",
      label: "Verdict",
      options: [...labelledOptions(VERDICT_RATINGS, VERDICT_LABELS), ["NONE", "No verdict yet"]],
      valueOf: (a) => a.verdict?.rating ?? (a.kind === "CLAIM" ? "NONE" : null),
    },
    { key: "status", label: "Status", options: labelledOptions(ANNOTATION_STATUSES, STATUS_LABELS), valueOf: (a) => a.status },
    { key: "author", label: "Author", options: [...authors.entries()], valueOf: (a) => a.author.id },
  ];
  return (
    <div className="filters" role="group" aria-label="Filter annotations">
      {facets.map((facet) => {
        const counts = facetCounts(annotations, filter, facet.key, facet.valueOf);
        return (
          <label key={facet.key}>
            <span className="sr-only">{facet.label}</span>
            <select
              aria-label={`Filter by ${facet.label.toLowerCase()}`}
              value={filter[facet.key]}
              onChange={(e) => onChange({ ...filter, [facet.key]: e.target.value })}
            >
              <option value="">
                All {facet.label === "Kind" ? "kinds" : facet.label === "Status" ? "statuses" : `${facet.label.toLowerCase()}s`}
              </option>
              {facet.options.map(([value, label]) => (
                <option key={value} value={value}>
                  {label} ({counts.get(value) ?? 0})
                </option>
              ))}
            </select>
          </label>
        );
      })}
    </div>
  );
}
