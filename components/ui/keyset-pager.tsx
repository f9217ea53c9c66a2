import Link from "next/link";

type Query = Record<string, string | undefined>;

/**
 * "First page" and "Next page" of a list paged by a keyset cursor (`after`): the same filters,
 * another cursor. Used by the article list, the library and search.
 */
export function KeysetPager({ path, query, nextCursor }: { path: string; query: Query; nextCursor: string | null | undefined }) {
  return (
    <nav className="pager" aria-label="Pages">
      {query.after && <Link href={pageLink(path, query, undefined)}>First page</Link>}
      {nextCursor && (
        <Link href={pageLink(path, query, nextCursor)} rel="next">
          Next page
        </Link>
      )}
    </nav>
  );
}

export function pageLink(path: string, query: Query, after: string | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value && key !== "after") params.set(key, value);
  if (after) params.set("after", after);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
