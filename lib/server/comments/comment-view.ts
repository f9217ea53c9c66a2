import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommentView } from "@/lib/comments/types";

/** What the rules for changing a comment look at (who wrote it, where it is, whether it is resolved or deleted). */
export const commentFactsSelect = {
  id: true,
  articleId: true,
  annotationId: true,
  parentId: true,
  authorId: true,
  body: true,
  mentionedUserIds: true,
  resolvedAt: true,
  deletedAt: true,
} satisfies Prisma.CommentSelect;

export const commentSelect = {
  ...commentFactsSelect,
  createdAt: true,
  editedAt: true,
  author: { select: { id: true, name: true } },
  resolvedBy: { select: { name: true } },
} satisfies Prisma.CommentSelect;

export type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

/** `names`: the mentioned people's names by id (read once for a whole list). */
export function toCommentView(row: CommentRow, names: Map<string, string>): CommentView {
  const isDeleted = row.deletedAt !== null;
  return {
    id: row.id,
    articleId: row.articleId,
    annotationId: row.annotationId,
    parentId: row.parentId,
    author: row.author,
    body: isDeleted ? "" : row.body,
    mentions: isDeleted ? [] : row.mentionedUserIds.flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : [])),
    resolved: row.resolvedAt ? { at: row.resolvedAt.toISOString(), by: row.resolvedBy?.name ?? "someone" } : null,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    isDeleted,
  };
}
