import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { CommentView } from "@/lib/comments/types";
import { canCommentOnArticle } from "@/lib/policies/comments";
import { recordAudit } from "@/lib/server/audit";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { checkMentions } from "@/lib/server/comments/check-mentions";
import { commentSelect } from "@/lib/server/comments/comment-view";
import { toCommentViews } from "@/lib/server/comments/list-comments";
import { notify } from "@/lib/server/notifications/notify";
import type { CreateCommentInput } from "@/lib/validation/comment";

export type CreateCommentOptions = { actor: Actor; input: CreateCommentInput };

/**
 * Posts a comment on an article, on one of its annotations, or as a reply in a thread. The
 * comment, its audit event (which is what travels to every open view) and the mentioned people's
 * notifications are one transaction. A retried post (same clientRequestId) answers the first one.
 */
export async function createComment({ actor, input }: CreateCommentOptions): Promise<CommentView> {
  const db = getDb();
  const byRequest = { authorId_clientRequestId: { authorId: actor.id, clientRequestId: input.clientRequestId } };
  const earlier = await db.comment.findUnique({ where: byRequest, select: commentSelect });
  if (earlier) return (await toCommentViews([earlier]))[0]!;

  const article = await db.article.findFirst({
    where: { id: input.articleId, ...readableArticleWhere(actor) },
    select: { id: true, title: true, status: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "That article no longer exists.");
  if (!canCommentOnArticle(actor, article)) throw new AppError("FORBIDDEN", "This article is archived: it can no longer be discussed.");

  let annotationId = input.annotationId ?? null;
  if (input.parentId) {
    const parent = await db.comment.findFirst({
      where: { id: input.parentId, articleId: article.id },
      select: { parentId: true, annotationId: true, deletedAt: true },
    });
    if (!parent || parent.parentId) throw new AppError("NOT_FOUND", "The thread you are answering no longer exists.");
    // A reply belongs where its thread is, whatever the request says.
    annotationId = parent.annotationId;
  } else if (annotationId) {
    const annotation = await db.annotation.findFirst({
      where: { id: annotationId, articleId: article.id, deletedAt: null },
      select: { id: true },
    });
    if (!annotation) throw new AppError("NOT_FOUND", "That annotation no longer exists.");
  }
  const mentioned = await checkMentions(db, { body: input.body, mentionIds: input.mentionIds, article });

  const row = await db
    .$transaction(async (tx) => {
      const created = await tx.comment.create({
        data: {
          articleId: article.id,
          annotationId,
          parentId: input.parentId ?? null,
          authorId: actor.id,
          body: input.body,
          mentionedUserIds: mentioned.map((p) => p.id),
          clientRequestId: input.clientRequestId,
        },
        select: commentSelect,
      });
      await notify(tx, {
        userIds: mentioned.map((p) => p.id),
        kind: "MENTIONED",
        actorId: actor.id,
        articleId: article.id,
        annotationId,
        message: `${actor.name} mentioned you in a comment on “${article.title}”.`,
      });
      // Audit last: it takes the article's chain lock until commit.
      await recordAudit(tx, {
        actorId: actor.id,
        action: input.parentId ? "comment.replied" : "comment.created",
        entityType: "Comment",
        entityId: created.id,
        articleId: article.id,
        after: { annotationId, parentId: created.parentId, body: created.body, mentionedUserIds: created.mentionedUserIds },
      });
      return created;
    })
    .catch(async (error: unknown) => {
      // The same post racing itself: the unique key let one through; answer with that one.
      if (!isUniqueViolation(error)) throw error;
      const winner = await db.comment.findUnique({ where: byRequest, select: commentSelect });
      if (!winner) throw error;
      return winner;
    });
  return (await toCommentViews([row]))[0]!;
}
