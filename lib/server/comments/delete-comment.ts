import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CommentView } from "@/lib/comments/types";
import { canDeleteComment } from "@/lib/policies/comments";
import { recordAudit } from "@/lib/server/audit";
import { commentSelect } from "@/lib/server/comments/comment-view";
import { findCommentForChange } from "@/lib/server/comments/find-comment";
import { toCommentViews } from "@/lib/server/comments/list-comments";
import type { DeleteCommentInput } from "@/lib/validation/comment";

export type DeleteCommentOptions = { actor: Actor; input: DeleteCommentInput };

/**
 * Takes a comment out of its thread (its author, or an editor or admin). Soft: the row stays, so
 * the replies keep their place and the audit trail keeps what was said; views show "deleted".
 */
export async function deleteComment({ actor, input }: DeleteCommentOptions): Promise<CommentView> {
  const row = await getDb().$transaction(async (tx) => {
    const comment = await findCommentForChange(tx, actor, input.commentId);
    if (comment.deletedAt) throw new AppError("NOT_FOUND", "That comment was already deleted.");
    if (!canDeleteComment(actor, comment)) throw new AppError("FORBIDDEN", "Only its author, an editor or an admin can delete a comment.");
    const deleted = await tx.comment.update({ where: { id: comment.id }, data: { deletedAt: new Date() }, select: commentSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.deleted",
      entityType: "Comment",
      entityId: comment.id,
      articleId: comment.articleId,
      before: { body: comment.body },
    });
    return deleted;
  });
  return (await toCommentViews([row]))[0]!;
}
