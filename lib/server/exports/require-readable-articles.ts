import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { articleListOrderBy } from "@/lib/server/articles/article-list-order";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import type { ArticleSort } from "@/lib/validation/article-list";

export type RequireReadableArticlesOptions = { actor: Actor; articleIds: readonly string[]; sort: ArticleSort };

/**
 * Refuses a selection unless the actor may read every article in it, before a byte of the zip is
 * sent: a download that stopped half-way would look like a broken file. An article that does not
 * exist and one the actor may not read get the same answer, so the refusal tells nothing about
 * articles the actor cannot see; it names only the ids the caller sent.
 *
 * Answers the ids in the article list's order for `sort`, the order the README promises for the
 * zip's entries, not the order the boxes were ticked in.
 */
export async function requireReadableArticles({ actor, articleIds, sort }: RequireReadableArticlesOptions): Promise<string[]> {
  const found = await getDb().article.findMany({
    where: { id: { in: [...articleIds] }, ...readableArticleWhere(actor) },
    orderBy: articleListOrderBy(sort),
    select: { id: true },
  });
  const readable = new Set(found.map((a) => a.id));
  const missing = articleIds.filter((id) => !readable.has(id));
  if (missing.length === 0) return found.map((a) => a.id);
  const shown = missing.slice(0, 5).join(", ") + (missing.length > 5 ? ` and ${missing.length - 5} more` : "");
  throw new AppError(
    "NOT_FOUND",
    missing.length === 1
      ? `Nothing was exported: article ${shown} does not exist or you may not read it.`
      : `Nothing was exported: ${missing.length} of the selected articles do not exist or you may not read them (${shown}).`,
    { reason: "UNREADABLE_ARTICLES" },
  );
}
