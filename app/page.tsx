import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { listArticles } from "@/lib/server/articles/list-articles";
import { ArticleTable } from "@/components/articles/article-table";

export const metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const actor = await requirePageActor("/");
  const articles = await listArticles({ actor });
  return (
    <section>
      <div className="page-head">
        <h1>Articles</h1>
        <Link href="/articles/new" className="button">
          Import article
        </Link>
      </div>
      {articles.length === 0 ? (
        <p className="empty">
          No articles yet. <Link href="/articles/new">Import the first one</Link>.
        </p>
      ) : (
        <ArticleTable articles={articles} />
      )}
    </section>
  );
}
