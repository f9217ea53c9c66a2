import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { ArticleListItem, ArticlePage } from "@/lib/articles/types";
import type { AnnotationKind } from "@/lib/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { readableArticleStatuses } from "@/lib/policies/articles";
import { decodeArticleCursor, encodeArticleCursor } from "@/lib/server/articles/article-cursor";
import { articleListOrderBy } from "@/lib/server/articles/article-list-order";
import { DEFAULT_PAGE_SIZE, type ArticleListQuery } from "@/lib/validation/article-list";

export type { ArticleListItem, ArticlePage };

export type ListArticlesOptions = { actor: Actor; query?: Partial<ArticleListQuery> };

/**
 * One page of the articles this actor may read, filtered and sorted, with annotation counts for
 * that page's articles only. Keyset pagination: a page starts after the last row of the one
 * before (its sort value and id), so the first page costs the same with ten articles or ten
 * thousand, and no row is skipped or shown twice when articles are added meanwhile.
 */
export async function listArticles({ actor, query = {} }: ListArticlesOptions): Promise<ArticlePage> {
  const db = getDb();
  const sort = query.sort ?? "newest";
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const filters: Prisma.ArticleWhereInput[] = [readableArticleWhere(actor)];
  if (query.status) filters.push({ status: query.status });
  if (query.publisher) filters.push({ publisher: query.publisher });
  if (query.assignee) filters.push({ OR: [{ checkerId: query.assignee }, { reviewerId: query.assignee }] });
  if (query.from) filters.push({ publishedOn: { gte: new Date(query.from) } });
  if (query.to) filters.push({ publishedOn: { lte: new Date(query.to) } });
  if (query.after) {
    const { key, id } = decodeArticleCursor(query.after, sort);
    if (sort === "title") filters.push({ OR: [{ title: { gt: key } }, { title: key, id: { gt: id } }] });
    if (sort === "newest") filters.push({ OR: [{ createdAt: { lt: new Date(key) } }, { createdAt: new Date(key), id: { lt: id } }] });
    if (sort === "oldest") filters.push({ OR: [{ createdAt: { gt: new Date(key) } }, { createdAt: new Date(key), id: { gt: id } }] });
  }
  const rows = await db.article.findMany({
    where: { AND: filters },
    orderBy: articleListOrderBy(sort),
    // One more than the page: whether there is a next page, without counting them all.
    take: limit + 1,
    select: { id: true, title: true, publisher: true, publishedOn: true, status: true, createdAt: true },
  });
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page.at(-1) : undefined;
  const nextCursor = last ? encodeArticleCursor({ key: sort === "title" ? last.title : last.createdAt.toISOString(), id: last.id }) : null;
  return { articles: await withCounts(page), nextCursor };
}

/** Counts by kind and review progress for these articles only: an index-only scan of their annotations. */
async function withCounts<Row extends { id: string }>(articles: Row[]) {
  if (!articles.length) return [];
  const counts = await getDb().annotation.groupBy({
    by: ["articleId", "kind", "status"],
    where: { articleId: { in: articles.map((article) => article.id) }, deletedAt: null },
    _count: { _all: true },
  });
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

/**
 * The publishers of the articles this actor may read, for the list's filter. A loose index scan
 * (one index probe per publisher, on (publisher, status)): its cost follows the number of
 * publishers, not of articles, where a GROUP BY would read every article's index entry.
 */
export async function listPublishers({ actor }: { actor: Actor }): Promise<string[]> {
  const statuses = [...readableArticleStatuses(actor)];
  const rows = await getDb().$queryRaw<{ publisher: string }[]>`
    WITH RECURSIVE next AS (
      (SELECT publisher FROM "Article" WHERE publisher IS NOT NULL AND status::text = ANY(${statuses}::text[]) ORDER BY publisher LIMIT 1)
      UNION ALL
      SELECT (SELECT a.publisher FROM "Article" a WHERE a.publisher > next.publisher AND a.status::text = ANY(${statuses}::text[]) ORDER BY a.publisher LIMIT 1)
      FROM next WHERE next.publisher IS NOT NULL
    )
    SELECT publisher FROM next WHERE publisher IS NOT NULL LIMIT 500`;
  return rows.map((row) => row.publisher);
}
