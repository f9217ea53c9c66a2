import Link from "next/link";
import { KeysetPager, pageLink } from "@/components/ui/keyset-pager";
import { requirePageActor } from "@/lib/auth/page";
import { AppError } from "@/lib/errors";
import { searchEverything } from "@/lib/server/search/search-everything";
import { parseInput } from "@/lib/validation/parse-input";
import { searchQuerySchema } from "@/lib/validation/search";
import { SearchForm, type SearchFormValues } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";

export const metadata = { title: "Search" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const actor = await requirePageActor(`/search?${new URLSearchParams(raw as Record<string, string>).toString()}`);
  const values: SearchFormValues = raw;
  // Nothing asked yet: the form alone, with no message.
  const answer = raw.q === undefined ? null : await search(actor, raw);
  const refused = answer instanceof AppError ? answer : null;
  const page = answer instanceof AppError ? null : answer;
  return (
    <section className="search-page">
      <h1>Search</h1>
      <SearchForm values={values} fieldErrors={refused?.details.fieldErrors ?? {}} />
      {refused && (
        <p role="alert" className="error">
          {refused.message}
          {refused.details.field === "after" && (
            <>
              {" "}
              <Link href={pageLink("/search", raw, undefined)}>First page</Link>
            </>
          )}
        </p>
      )}
      {page && (
        <>
          <p className="search-summary" role="status">
            {page.results.length === 0
              ? "Nothing matches."
              : page.near
                ? "Nothing has every word; these nearly match what you typed."
                : raw.after
                  ? "More results, best first."
                  : "Best matches first."}
            {page.capped && " Many rows match: only the first ones found were ranked. Add a word or a filter to narrow the search."}
          </p>
          <SearchResults results={page.results} />
          <KeysetPager path="/search" query={raw} nextCursor={page.nextCursor} />
        </>
      )}
    </section>
  );
}

async function search(actor: Parameters<typeof searchEverything>[0]["actor"], raw: Record<string, string | undefined>) {
  try {
    return await searchEverything({ actor, query: parseInput(searchQuerySchema, raw) });
  } catch (error) {
    // A bad parameter or a stale page link: said beside the form, never a failed page.
    if (error instanceof AppError && error.code === "INVALID") return error;
    throw error;
  }
}
