import Link from "next/link";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { requirePageActor } from "@/lib/auth/page";
import { AppError } from "@/lib/errors";
import { listArticles, listPublishers } from "@/lib/server/articles/list-articles";
import { listPeople } from "@/lib/server/users/list-people";
import { ArticleTable } from "@/components/articles/article-table";
import { ArticleListFilters, type ArticleListFilterValues } from "@/components/articles/article-list-filters";
import { articleListQuerySchema } from "@/lib/validation/article-list";

export const metadata = { title: "Articles" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ArticlesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("/");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = articleListQuerySchema.safeParse(raw);
  const [publishers, people] = await Promise.all([listPublishers({ actor }), listPeople({ actor })]);
  const values: ArticleListFilterValues = raw;
  const page = parsed.success
    ? await listArticles({ actor, query: parsed.data }).catch((error: unknown) => {
        // A stale or edited page link: say so and offer the first page, rather than fail the page.
        if (error instanceof AppError && error.code === "INVALID") return error;
        throw error;
      })
    : new AppError("INVALID", parsed.error.issues[0]?.message ?? "Those filters are not valid.");
  const isFiltered = ["status", "publisher", "assignee", "from", "to"].some((key) => raw[key]);
  return (
    <section>
      <div className="page-head">
        <h1>Articles</h1>
        <Link href="/articles/new" className="button">
          Import article
        </Link>
      </div>
      <ArticleListFilters values={values} publishers={publishers} people={people} />
      {page instanceof AppError ? (
        <p role="alert" className="error">
          {page.message} <Link href="/">Show all articles</Link>
        </p>
      ) : page.articles.length === 0 ? (
        <p className="empty">
          {isFiltered || raw.after ? (
            <>
              No articles match these filters. <Link href="/">Show all articles</Link>.
            </>
          ) : (
            <>
              No articles yet. <Link href="/articles/new">Import the first one</Link>.
            </>
          )}
        </p>
      ) : (
        <>
          <ArticleTable articles={page.articles} sort={parsed.data?.sort ?? "newest"} />
          <KeysetPager path="/" query={raw} nextCursor={page.nextCursor} />
        </>
      )}
    </section>
  );
}
