import "server-only";
import type { Actor } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { commentFactsSelect } from "@/lib/server/comments/comment-view";

/** A comment on an article the actor may read, locked for the rest of the transaction (FOR UPDATE), or not found. */
export async function findCommentForChange(tx: Tx, actor: Actor, commentId: string) {
  // Locked before it is read, so two changes to one comment at once (an edit and a delete) take turns.
  await tx.$executeRaw`SELECT 1 FROM "Comment" WHERE "id" = ${commentId} FOR UPDATE`;
  const comment = await tx.comment.findFirst({
    where: { id: commentId, article: readableArticleWhere(actor) },
    select: { ...commentFactsSelect, article: { select: { id: true, title: true, status: true } } },
  });
  if (!comment) throw new AppError("NOT_FOUND", "That comment no longer exists.");
  return comment;
}
