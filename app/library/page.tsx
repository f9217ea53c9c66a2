import Link from "next/link";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { requirePageActor } from "@/lib/auth/page";
import { AppError } from "@/lib/errors";
import { MAX_FEED_LABEL } from "@/lib/fact-checks/limits";
import { canManageFactCheckLibrary, LIBRARY_REFUSAL } from "@/lib/policies/fact-checks";
import { listFactChecks, listLibraryPublishers } from "@/lib/server/fact-checks/list-fact-checks";
import { factCheckListQuerySchema } from "@/lib/validation/fact-check";
import { LibraryImport } from "@/components/fact-checks/library-import";
import { LibraryTable } from "@/components/fact-checks/library-table";

export const metadata = { title: "Fact-check library" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LibraryPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("/library");
  if (!canManageFactCheckLibrary(actor)) {
    return (
      <section className="narrow">
        <h1>Fact-check library</h1>
        <p className="error" role="alert">
          {LIBRARY_REFUSAL} <Link href="/">Back to the articles</Link>.
        </p>
      </section>
    );
  }
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = factCheckListQuerySchema.safeParse(raw);
  const publishers = await listLibraryPublishers({ actor });
  const page = parsed.success
    ? await listFactChecks({ actor, query: parsed.data }).catch((error: unknown) => {
        if (error instanceof AppError && error.code === "INVALID") return error;
        throw error;
      })
    : new AppError("INVALID", parsed.error.issues[0]?.message ?? "Those filters are not valid.");
  return (
    <section>
      <div className="page-head">
        <h1>Fact-check library</h1>
      </div>
      <p className="hint">
        Published fact-checks (schema.org ClaimReview) that findings are matched against. Import a DataFeed or a list of ClaimReviews
        (JSON), our own ClaimReview export, a fact-check page (HTML) or CSV with ClaimReview columns, up to {MAX_FEED_LABEL}. The same
        fact-check imported again (same address and claim) stays one entry.
      </p>
      <LibraryImport />
      <form className="article-filters" method="get" action="/library" aria-label="Filter the library">
        <label>
          Publisher{" "}
          <select name="publisher" defaultValue={raw.publisher ?? ""}>
            <option value="">Any</option>
            {publishers.map((publisher) => (
              <option key={publisher} value={publisher}>
                {publisher}
              </option>
            ))}
          </select>
        </label>
        <label>
          Entries{" "}
          <select name="origin" defaultValue={raw.origin ?? ""}>
            <option value="">All</option>
            <option value="library">Imported</option>
            <option value="desk">The desk&apos;s own</option>
          </select>
        </label>
        <button type="submit">Apply</button>
        <Link href="/library">Clear</Link>
      </form>
      {page instanceof AppError ? (
        <p role="alert" className="error">
          {page.message} <Link href="/library">Show the whole library</Link>
        </p>
      ) : page.entries.length === 0 ? (
        <p className="empty">
          {raw.publisher || raw.origin || raw.after ? "No entries match these filters." : "The library is empty: import a feed."}
        </p>
      ) : (
        <>
          <LibraryTable entries={page.entries} />
          <KeysetPager path="/library" query={raw} nextCursor={page.nextCursor} />
        </>
      )}
    </section>
  );
}
