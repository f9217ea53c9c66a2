import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { annotationSelect, toAnnotationView } from "@/lib/server/annotations/annotation-view";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";

export type ReadChangedAnnotationsOptions = {
  actor: Actor;
  articleId: string;
  /** The annotations a live event named; all of the article's when omitted (a correction, a reset). */
  ids?: string[];
};

/**
 * What a live viewer fetches after an event: the current views of the named annotations, and
 * which of them are gone (deleted), so the workbench can drop them. Scoped like every read.
 */
export async function readChangedAnnotations({ actor, articleId, ids }: ReadChangedAnnotationsOptions) {
  const article = await getDb().article.findFirst({
    where: { id: articleId, ...readableArticleWhere(actor) },
    select: {
      revision: true,
      status: true,
      annotations: {
        where: { deletedAt: null, ...(ids && { id: { in: ids } }) },
        orderBy: [{ start: "asc" }, { end: "desc" }],
        select: annotationSelect,
      },
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "There is no article with that id.");
  const annotations = article.annotations.map(toAnnotationView);
  const present = new Set(annotations.map((a) => a.id));
  return {
    article: { revision: article.revision, status: article.status },
    annotations,
    /** Named but not live: deleted (or never on this article). */
    goneIds: (ids ?? []).filter((id) => !present.has(id)),
  };
}
