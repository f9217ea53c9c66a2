import "server-only";
import type { Db } from "@/lib/db";
import { isArticleWide, type ArticleEvent } from "@/lib/live/article-event";
import { annotationSelect, toAnnotationView } from "@/lib/server/annotations/annotation-view";

/**
 * Live batches at most this long carry the changed annotations' views; longer ones (a catch-up)
 * carry ids only and the browser fetches, so a stream's buffer never fills with views.
 */
export const MAX_EVENTS_WITH_VIEWS = 20;

/**
 * Adds to each event the current view of the annotation it names (or that it is gone), read in
 * one query for the whole batch. Shared by every stream of the article, so the viewer needs no
 * second round trip after the event: the cost that dominated propagation. Every viewer of the
 * stream may read the article, and so all of its annotations (the same rule as the page's read).
 */
export async function attachAnnotationViews(db: Db, articleId: string, events: ArticleEvent[]): Promise<ArticleEvent[]> {
  if (events.length === 0 || events.length > MAX_EVENTS_WITH_VIEWS) return events;
  const ids = [
    ...new Set(events.flatMap((e) => (e.annotationId && e.entityType !== "Comment" && !isArticleWide(e) ? [e.annotationId] : []))),
  ];
  if (ids.length === 0) return events;
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { revision: true, annotations: { where: { id: { in: ids }, deletedAt: null }, select: annotationSelect } },
  });
  if (!article) return events;
  const views = new Map(article.annotations.map((row) => [row.id, toAnnotationView(row)]));
  return events.map((event) =>
    event.annotationId && ids.includes(event.annotationId) && event.entityType !== "Comment" && !isArticleWide(event)
      ? { ...event, current: { articleRevision: article.revision, annotation: views.get(event.annotationId) ?? null } }
      : event,
  );
}
