import "server-only";
import type { Actor } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readableArticleStatuses } from "@/lib/policies/articles";

/**
 * The articles this actor may read, as a `where`: every read of an article, or of anything that
 * hangs off one (annotations, their history), goes through it. Built from the same list as
 * canReadArticle. Out-of-scope records are simply not found.
 */
export function readableArticleWhere(actor: Pick<Actor, "role">): Prisma.ArticleWhereInput {
  return { status: { in: [...readableArticleStatuses(actor)] } };
}
