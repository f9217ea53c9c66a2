import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CommentView } from "@/lib/comments/types";
import { canResolveThread } from "@/lib/policies/comments";
import { recordAudit } from "@/lib/server/audit";
import { commentSelect } from "@/lib/server/comments/comment-view";
import { findCommentForChange } from "@/lib/server/comments/find-comment";
import { toCommentViews } from "@/lib/server/comments/list-comments";
import type { ResolveThreadInput } from "@/lib/validation/comment";

export type ResolveThreadOptions = { actor: Actor; input: ResolveThreadInput };

/** Resolves a thread, or reopens it. Asking for the state it is already in changes nothing and records nothing. */
export async function resolveThread({ actor, input }: ResolveThreadOptions): Promise<CommentView> {
  const row = await getDb().$transaction(async (tx) => {
    const comment = await findCommentForChange(tx, actor, input.commentId);
    if (comment.parentId) throw new AppError("INVALID", "Resolve the thread from its first comment, not a reply.", { field: "commentId" });
    if (!canResolveThread(actor, comment.article))
      throw new AppError("FORBIDDEN", "This article is archived: it can no longer be discussed.");
    const isResolved = comment.resolvedAt !== null;
    if (isResolved === input.isResolved) return tx.comment.findUniqueOrThrow({ where: { id: comment.id }, select: commentSelect });
    const updated = await tx.comment.update({
      where: { id: comment.id },
      data: input.isResolved ? { resolvedAt: new Date(), resolvedById: actor.id } : { resolvedAt: null, resolvedById: null },
      select: commentSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.isResolved ? "comment.resolved" : "comment.reopened",
      entityType: "Comment",
      entityId: comment.id,
      articleId: comment.articleId,
    });
    return updated;
  });
  return (await toCommentViews([row]))[0]!;
}
