import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { annotationSelect, toAnnotationView, type AnnotationView } from "@/lib/server/annotations/annotation-view";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";

export type GetAnnotationOptions = { actor: Actor; annotationId: string };

/** One live annotation as its card shows it, if its article is one the actor may read. */
export async function getAnnotation({ actor, annotationId }: GetAnnotationOptions): Promise<AnnotationView> {
  const row = await getDb().annotation.findFirst({
    where: { id: annotationId, deletedAt: null, article: readableArticleWhere(actor) },
    select: annotationSelect,
  });
  // Deleted, out of reach or never made: all the same to the caller.
  if (!row) throw new AppError("NOT_FOUND", "There is no annotation with that id.");
  return toAnnotationView(row);
}
