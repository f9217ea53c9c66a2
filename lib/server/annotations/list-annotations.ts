import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { annotationSelect, buildAnnotationView, sourceSelect, type AnnotationView } from "@/lib/server/annotations/annotation-view";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";

export type ListAnnotationsOptions = { actor: Actor; articleId: string };

const { author: _author, verdict, reviewDecisions, sources: _sources, restsOn: _restsOn, ...scalars } = annotationSelect;

/**
 * The live annotations of an article the actor may read, in text order. A long article has a
 * thousand, mostly without verdict, sources or reviews: each relation is read once for the whole
 * article (joined on its article id, in parallel) rather than by a list of a thousand ids, and the
 * cards are put together here.
 */
export async function listAnnotations({ actor, articleId }: ListAnnotationsOptions): Promise<AnnotationView[]> {
  const db = getDb();
  const live = { articleId, deletedAt: null, article: readableArticleWhere(actor) };
  const [rows, verdicts, reviews, sources, opinions, authorRows] = await Promise.all([
    db.annotation.findMany({ where: live, orderBy: [{ start: "asc" }, { end: "desc" }], select: { ...scalars, authorId: true } }),
    db.verdict.findMany({ where: { annotation: live }, select: { annotationId: true, ...verdict.select } }),
    db.reviewDecision.findMany({
      where: { annotation: live },
      orderBy: reviewDecisions.orderBy,
      select: { annotationId: true, ...reviewDecisions.select },
    }),
    db.source.findMany({
      where: { deletedAt: null, annotation: live },
      orderBy: { createdAt: "asc" },
      select: { annotationId: true, ...sourceSelect },
    }),
    db.annotation.findMany({ where: { ...live, restsOn: { some: {} } }, select: { id: true, restsOn: { select: { id: true } } } }),
    // Their authors at the same time, rather than after the rows by a list of their ids.
    db.user.findMany({ where: { annotations: { some: live } }, select: { id: true, name: true } }),
  ]);
  if (!rows.length && !(await db.article.count({ where: { id: articleId, ...readableArticleWhere(actor) } }))) {
    // An article out of the actor's reach is as absent as a missing one, rather than an empty list.
    throw new AppError("NOT_FOUND", "There is no article with that id.");
  }
  const authors = new Map(authorRows.map((user) => [user.id, user]));
  // Each read sees its own moment: an annotation made between them may have an author the author read missed.
  const missed = [...new Set(rows.map((row) => row.authorId))].filter((id) => !authors.has(id));
  if (missed.length)
    for (const user of await db.user.findMany({ where: { id: { in: missed } }, select: { id: true, name: true } }))
      authors.set(user.id, user);
  const group = <Row extends { annotationId: string }>(list: Row[]) => {
    const byAnnotation = new Map<string, Row[]>();
    for (const row of list) {
      const rows = byAnnotation.get(row.annotationId);
      if (rows) rows.push(row);
      else byAnnotation.set(row.annotationId, [row]);
    }
    return byAnnotation;
  };
  const verdictOf = new Map(verdicts.map((row) => [row.annotationId, row]));
  const reviewsOf = group(reviews);
  const sourcesOf = group(sources);
  const restsOnOf = new Map(opinions.map((opinion) => [opinion.id, opinion.restsOn]));
  return rows.map((row) =>
    buildAnnotationView(row, {
      author: authors.get(row.authorId)!,
      verdict: verdictOf.get(row.id) ?? null,
      reviewDecisions: reviewsOf.get(row.id) ?? [],
      sources: sourcesOf.get(row.id) ?? [],
      restsOn: restsOnOf.get(row.id) ?? [],
    }),
  );
}
