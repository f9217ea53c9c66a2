import Link from "next/link";
import { ARTICLE_STATUSES, ARTICLE_STATUS_LABELS } from "@/lib/enums";
import { ARTICLE_SORTS, ARTICLE_SORT_LABELS } from "@/lib/validation/article-list";

export type ArticleListFilterValues = Partial<Record<"status" | "publisher" | "assignee" | "from" | "to" | "sort", string>>;

type Props = {
  values: ArticleListFilterValues;
  publishers: string[];
  people: { id: string; name: string }[];
};

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function ArticleListFilters({ values, publishers, people }: Props) {
  return (
    <form className="article-filters" method="get" action="/" aria-label="Filter articles">
      <FilterSelect
        label="Status"
        name="status"
        value={values.status}
        anyLabel="Any"
        options={ARTICLE_STATUSES.map((status) => ({ value: status, label: ARTICLE_STATUS_LABELS[status] }))}
      />
      <FilterSelect
        label="Publisher"
        name="publisher"
        value={values.publisher}
        anyLabel="Any"
        options={publishers.map((publisher) => ({ value: publisher, label: publisher }))}
      />
      <FilterSelect
        label="Assigned to"
        name="assignee"
        value={values.assignee}
        anyLabel="Anyone"
        options={people.map((person) => ({ value: person.id, label: person.name }))}
      />
      <label>
        Published from
        <input type="date" name="from" defaultValue={values.from ?? ""} />
      </label>
      <label>
        to
        <input type="date" name="to" defaultValue={values.to ?? ""} />
      </label>
      <FilterSelect
        label="Sort"
        name="sort"
        value={values.sort ?? "newest"}
        options={ARTICLE_SORTS.map((sort) => ({ value: sort, label: ARTICLE_SORT_LABELS[sort] }))}
      />
      <button type="submit">Apply</button>
      <Link href="/">Clear</Link>
    </form>
  );
}

/** A labelled select; `anyLabel` adds a first option that sets no filter. */
function FilterSelect(props: {
  label: string;
  name: string;
  value: string | undefined;
  anyLabel?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <label>
      {props.label}
      <select name={props.name} defaultValue={props.value ?? ""}>
        {props.anyLabel !== undefined && <option value="">{props.anyLabel}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
