import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { annotationSelect, toAnnotationView } from "@/lib/server/annotations/annotation-view";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";

export type ListAnnotationsOptions = { actor: Actor; articleId: string };

/** The live annotations of an article the actor may read, in text order. */
export async function listAnnotations({ actor, articleId }: ListAnnotationsOptions) {
  const article = await getDb().article.findFirst({
    where: { id: articleId, ...readableArticleWhere(actor) },
    // A thousand annotations with mostly empty relations: one query per relation (IN lists) beats
    // PostgreSQL building a JSON document per row (28 ms against 37-71 ms for 1,000, measured).
    relationLoadStrategy: "query",
    select: {
      annotations: { where: { deletedAt: null }, orderBy: [{ start: "asc" }, { end: "desc" }], select: annotationSelect },
    },
  });
  // An article out of the actor's reach is as absent as a missing one, rather than an empty list.
  if (!article) throw new AppError("NOT_FOUND", "There is no article with that id.");
  return article.annotations.map(toAnnotationView);
}
