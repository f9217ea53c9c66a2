import type { AnnotationKind, ArticleStatus } from "@/lib/enums";

// What the article list shows of each article: read by lib/server/articles/list-articles.ts,
// drawn by components/articles/article-table.tsx, answered by GET /api/articles.

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

export type ArticlePage = { articles: ArticleListItem[]; nextCursor: string | null };
