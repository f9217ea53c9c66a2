import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { CommentView } from "@/lib/comments/types";
import { getArticle } from "@/lib/server/articles/get-article";
import { commentSelect, toCommentView, type CommentRow } from "@/lib/server/comments/comment-view";

export type ListCommentsOptions = { actor: Actor; articleId: string };

/** Every comment on an article and its annotations, oldest first, for a viewer who may read it (else not found). */
export async function listComments({ actor, articleId }: ListCommentsOptions): Promise<CommentView[]> {
  const article = await getArticle({ actor, articleId });
  const rows = await getDb().comment.findMany({
    where: { articleId: article.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: commentSelect,
    take: 2_000,
  });
  return toCommentViews(rows);
}

/** Views of comment rows, with the names of everyone they mention read in one query. */
export async function toCommentViews(rows: CommentRow[]): Promise<CommentView[]> {
  const ids = [...new Set(rows.flatMap((r) => r.mentionedUserIds))];
  const people = ids.length ? await getDb().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const names = new Map(people.map((p) => [p.id, p.name]));
  return rows.map((row) => toCommentView(row, names));
}
