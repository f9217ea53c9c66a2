import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleSort } from "@/lib/validation/article-list";

/**
 * The article list's order for each sort, the id breaking ties: the list's pages (keyset on the
 * same columns) and a selection's export (its zip entries) both read it from here.
 */
export function articleListOrderBy(sort: ArticleSort): Prisma.ArticleOrderByWithRelationInput[] {
  if (sort === "title") return [{ title: "asc" }, { id: "asc" }];
  if (sort === "oldest") return [{ createdAt: "asc" }, { id: "asc" }];
  return [{ createdAt: "desc" }, { id: "desc" }];
}
