import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { recordId } from "@/lib/validation/fields";

export type GetArticleOptions = { actor: Actor; articleId: string };

export async function getArticle({ actor, articleId }: GetArticleOptions) {
  // An id from a URL is anything at all; one we never hand out is not found (PostgreSQL would
  // refuse a NUL in it with an error rather than an empty result).
  if (!recordId.safeParse(articleId).success) throw new AppError("NOT_FOUND", "There is no article with that id.");
  const article = await getDb().article.findFirst({
    where: { id: articleId, ...readableArticleWhere(actor) },
    select: {
      id: true,
      title: true,
      byline: true,
      publisher: true,
      sourceUrl: true,
      publishedOn: true,
      language: true,
      text: true,
      revision: true,
      status: true,
      createdAt: true,
      createdById: true,
      checkerId: true,
      reviewerId: true,
      signOffs: {
        where: { reopenedAt: null },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { revision: true, chainHead: true, createdAt: true, nothingCheckWorthy: true, signedOffBy: { select: { name: true } } },
      },
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "There is no article with that id.");
  return article;
}
