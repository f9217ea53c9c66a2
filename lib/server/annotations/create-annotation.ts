import "server-only";
import { describeSpan, validateSpan } from "@/lib/anchoring";
import { guessSpeaker } from "@/lib/annotations/guess-speaker";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { canAnnotateArticle } from "@/lib/policies/articles";
import { recordAudit } from "@/lib/server/audit";
import { lockArticleForAdding } from "@/lib/server/articles/article-locks";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { annotationSelect, toAnnotationView } from "@/lib/server/annotations/annotation-view";
import type { CreateAnnotationInput } from "@/lib/validation/annotation";

export type CreateAnnotationOptions = { actor: Actor; input: CreateAnnotationInput };

export async function createAnnotation({ actor, input }: CreateAnnotationOptions) {
  const db = getDb();
  const article = await db.article.findFirst({
    where: { id: input.articleId, ...readableArticleWhere(actor) },
    select: { id: true, text: true, revision: true, status: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "That article no longer exists.");
  if (!canAnnotateArticle(actor, article)) throw new AppError("FORBIDDEN", "You cannot annotate this article.");
  if (input.articleRevision !== article.revision) {
    // A retry of a create that landed before a correction: answer with what it made.
    const earlier = await findEarlier(actor, input.clientRequestId);
    if (earlier) return earlier;
    throw new AppError("CONFLICT", "The article text was corrected since you opened it. Reload to annotate the current text.", {
      currentRevision: article.revision,
    });
  }
  const check = validateSpan(article.text, input.start, input.end, input.exact);
  if (!check.ok) throw new AppError("INVALID", check.message, { reason: check.code });

  const { quote } = describeSpan(article.text, input.start, input.end);
  return db
    .$transaction(async (tx) => {
      // Again under the article's lock: a sign-off that committed since the read above is seen here.
      const status = await lockArticleForAdding(tx, article.id);
      if (!status || !canAnnotateArticle(actor, { status })) throw new AppError("FORBIDDEN", "You cannot annotate this article.");
      const row = await tx.annotation.create({
        data: {
          articleId: article.id,
          authorId: actor.id,
          kind: input.kind,
          start: input.start,
          end: input.end,
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
          articleRevision: article.revision,
          claimText: input.kind === "CLAIM" ? quote.exact : null,
          speaker: input.kind === "QUOTE" ? guessSpeaker(article.text, input.start, input.end) : null,
          clientRequestId: input.clientRequestId ?? null,
        },
        // A new annotation has no verdict, sources, reviews or links yet: its view needs no joins.
        select: newAnnotationSelect,
      });
      // Audit events come last in a transaction: they take the article's chain lock until commit.
      if (article.status === "NEW") {
        await tx.article.update({ where: { id: article.id }, data: { status: "IN_PROGRESS" } });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "article.status_changed",
          entityType: "Article",
          entityId: article.id,
          articleId: article.id,
          before: { status: "NEW" },
          after: { status: "IN_PROGRESS", reason: "first annotation" },
        });
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: "annotation.created",
        entityType: "Annotation",
        entityId: row.id,
        articleId: article.id,
        after: row,
      });
      return toAnnotationView({
        ...row,
        author: { id: actor.id, name: actor.name },
        verdict: null,
        reviewDecisions: [],
        sources: [],
        restsOn: [],
      });
    })
    .catch(async (error: unknown) => {
      // The same submission racing itself: the unique key let one through; answer with that one.
      // A replayed submission lands here too: the key is not looked up first, as almost no create is a replay.
      if (isUniqueViolation(error)) {
        const winner = await findEarlier(actor, input.clientRequestId);
        if (winner) return winner;
      }
      throw error;
    });
}

const {
  author: _author,
  verdict: _verdict,
  reviewDecisions: _reviews,
  sources: _sources,
  restsOn: _restsOn,
  ...newAnnotationSelect
} = annotationSelect;

/** Scoped to the author: a known request id replayed by someone else creates their own annotation. */
async function findEarlier(actor: Actor, clientRequestId: string | undefined) {
  if (!clientRequestId) return null;
  const earlier = await getDb().annotation.findUnique({
    where: { authorId_clientRequestId: { authorId: actor.id, clientRequestId } },
    select: annotationSelect,
  });
  return earlier && toAnnotationView(earlier);
}
