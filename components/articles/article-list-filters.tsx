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
      <label>
        Status
        <select name="status" defaultValue={values.status ?? ""}>
          <option value="">Any</option>
          {ARTICLE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {ARTICLE_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Publisher
        <select name="publisher" defaultValue={values.publisher ?? ""}>
          <option value="">Any</option>
          {publishers.map((publisher) => (
            <option key={publisher} value={publisher}>
              {publisher}
            </option>
          ))}
        </select>
      </label>
      <label>
        Assigned to
        <select name="assignee" defaultValue={values.assignee ?? ""}>
          <option value="">Anyone</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Published from
        <input type="date" name="from" defaultValue={values.from ?? ""} />
      </label>
      <label>
        to
        <input type="date" name="to" defaultValue={values.to ?? ""} />
      </label>
      <label>
        Sort
        <select name="sort" defaultValue={values.sort ?? "newest"}>
          {ARTICLE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {ARTICLE_SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Apply</button>
      <Link href="/">Clear</Link>
    </form>
  );
}
