import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CommentView } from "@/lib/comments/types";
import { canCommentOnArticle, canEditComment } from "@/lib/policies/comments";
import { recordAudit } from "@/lib/server/audit";
import { checkMentions } from "@/lib/server/comments/check-mentions";
import { commentSelect } from "@/lib/server/comments/comment-view";
import { findCommentForChange } from "@/lib/server/comments/find-comment";
import { toCommentViews } from "@/lib/server/comments/list-comments";
import { notify } from "@/lib/server/notifications/notify";
import type { EditCommentInput } from "@/lib/validation/comment";

export type EditCommentOptions = { actor: Actor; input: EditCommentInput };

/** The author rewrites their comment; people newly mentioned are notified (the others were already). */
export async function editComment({ actor, input }: EditCommentOptions): Promise<CommentView> {
  const row = await getDb().$transaction(async (tx) => {
    const comment = await findCommentForChange(tx, actor, input.commentId);
    if (!canEditComment(actor, comment)) {
      throw new AppError("FORBIDDEN", comment.deletedAt ? "That comment was deleted." : "Only its author can edit a comment.");
    }
    if (!canCommentOnArticle(actor, comment.article))
      throw new AppError("FORBIDDEN", "This article is archived: it can no longer be discussed.");
    const mentioned = await checkMentions(tx, { body: input.body, mentionIds: input.mentionIds, article: comment.article });
    const updated = await tx.comment.update({
      where: { id: comment.id },
      data: { body: input.body, mentionedUserIds: mentioned.map((p) => p.id), editedAt: new Date() },
      select: commentSelect,
    });
    const before = new Set(comment.mentionedUserIds);
    await notify(tx, {
      userIds: mentioned.map((p) => p.id).filter((id) => !before.has(id)),
      kind: "MENTIONED",
      actorId: actor.id,
      articleId: comment.articleId,
      annotationId: comment.annotationId,
      message: `${actor.name} mentioned you in a comment on “${comment.article.title}”.`,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.edited",
      entityType: "Comment",
      entityId: comment.id,
      articleId: comment.articleId,
      before: { body: comment.body, mentionedUserIds: comment.mentionedUserIds },
      after: { body: updated.body, mentionedUserIds: updated.mentionedUserIds },
    });
    return updated;
  });
  return (await toCommentViews([row]))[0]!;
}
