import Link from "next/link";
import {
  ANNOTATION_KINDS,
  ANNOTATION_STATUSES,
  ARTICLE_STATUSES,
  ARTICLE_STATUS_LABELS,
  KIND_LABELS,
  STATUS_LABELS,
  VERDICT_RATINGS,
} from "@/lib/enums";
import { SEARCH_RESULT_TYPES } from "@/lib/search/types";
import { VERDICT_LABELS } from "@/lib/verdicts/scale";

export type SearchFormValues = Partial<
  Record<"q" | "type" | "kind" | "verdict" | "status" | "review" | "publisher" | "speaker" | "from" | "to", string>
>;

const TYPE_LABELS = { finding: "Findings", article: "Articles", source: "Sources", "fact-check": "Fact-checks" } as const;

/**
 * A plain GET form: the search lives in the URL, so a search can be bookmarked and shared. Each
 * field shows the server's message for it when the search was refused.
 */
export function SearchForm({ values, fieldErrors }: { values: SearchFormValues; fieldErrors: Record<string, string> }) {
  const error = (name: string) =>
    fieldErrors[name] ? (
      <span className="field-error" id={`search-${name}-error`}>
        {fieldErrors[name]}
      </span>
    ) : null;
  const described = (name: string) => (fieldErrors[name] ? { "aria-invalid": true, "aria-describedby": `search-${name}-error` } : {});
  const select = (label: string, name: keyof SearchFormValues, options: { value: string; label: string }[]) => (
    <div className="search-field">
      <label>
        {label}
        <select name={name} defaultValue={values[name] ?? ""} {...described(name)}>
          <option value="">Any</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      {error(name)}
    </div>
  );
  return (
    <form className="search-form" method="get" action="/search" role="search" aria-label="Search with filters">
      <div className="search-field search-query">
        <label>
          Search for
          <input type="search" name="q" defaultValue={values.q ?? ""} maxLength={200} {...described("q")} />
        </label>
        {error("q")}
        <span className="hint">Every word counts; put a phrase in quotes: “council tax”. Figures are kept whole: 4.99, 1,200.</span>
      </div>
      <div className="search-filters">
        {select(
          "Among",
          "type",
          SEARCH_RESULT_TYPES.map((type) => ({ value: type, label: TYPE_LABELS[type] })),
        )}
        {select(
          "Kind",
          "kind",
          ANNOTATION_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] })),
        )}
        {select(
          "Verdict",
          "verdict",
          VERDICT_RATINGS.map((rating) => ({ value: rating, label: VERDICT_LABELS[rating] })),
        )}
        {select(
          "Article status",
          "status",
          ARTICLE_STATUSES.map((status) => ({ value: status, label: ARTICLE_STATUS_LABELS[status] })),
        )}
        {select(
          "Review",
          "review",
          ANNOTATION_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
        )}
        {(["publisher", "speaker"] as const).map((name) => (
          <div className="search-field" key={name}>
            <label>
              {name === "publisher" ? "Publisher" : "Speaker"}
              <input type="text" name={name} defaultValue={values[name] ?? ""} maxLength={200} {...described(name)} />
            </label>
            {error(name)}
          </div>
        ))}
        {(["from", "to"] as const).map((name) => (
          <div className="search-field" key={name}>
            <label>
              {name === "from" ? "Published from" : "to"}
              <input type="date" name={name} defaultValue={values[name] ?? ""} {...described(name)} />
            </label>
            {error(name)}
          </div>
        ))}
      </div>
      <div className="search-actions">
        <button type="submit">Search</button>
        <Link href={values.q ? `/search?q=${encodeURIComponent(values.q)}` : "/search"}>Clear filters</Link>
      </div>
    </form>
  );
}
