import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function getArticle({ actor: _actor, articleId }: { actor: Actor; articleId: string }) {
  const article = await getDb().article.findUnique({
    where: { id: articleId },
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
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "There is no article with that id.");
  return article;
}
