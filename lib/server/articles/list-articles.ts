import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { AnnotationKind, ArticleStatus } from "@/lib/enums";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";

export type ArticleListItem = {
  id: string;
  title: string;
  publisher: string | null;
  publishedOn: Date | null;
  status: ArticleStatus;
  createdAt: Date;
  counts: Record<AnnotationKind, number>;
  /** Findings approved or dismissed, of all (not deleted): how far review has come. */
  settled: number;
};

export type ListArticlesOptions = { actor: Actor };

/** The articles this actor may read, newest first, with their annotation counts by kind. */
export async function listArticles({ actor }: ListArticlesOptions): Promise<ArticleListItem[]> {
  const db = getDb();
  const readable = readableArticleWhere(actor);
  const [articles, counts] = await Promise.all([
    db.article.findMany({
      where: readable,
      orderBy: { createdAt: "desc" },
      select: { id: true, title: true, publisher: true, publishedOn: true, status: true, createdAt: true },
    }),
    db.annotation.groupBy({ by: ["articleId", "kind", "status"], where: { deletedAt: null, article: readable }, _count: { _all: true } }),
  ]);
  const byArticle = new Map<string, { counts: Record<AnnotationKind, number>; settled: number }>();
  for (const row of counts) {
    const entry = byArticle.get(row.articleId) ?? { counts: { CLAIM: 0, QUOTE: 0, OPINION: 0 }, settled: 0 };
    entry.counts[row.kind] += row._count._all;
    if (row.status === "APPROVED" || row.status === "DISMISSED") entry.settled += row._count._all;
    byArticle.set(row.articleId, entry);
  }
  return articles.map((article) => ({
    ...article,
    ...(byArticle.get(article.id) ?? { counts: { CLAIM: 0, QUOTE: 0, OPINION: 0 }, settled: 0 }),
  }));
}
