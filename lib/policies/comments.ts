import type { Actor } from "@/lib/auth/actor";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { canReadArticle } from "@/lib/policies/articles";
import { isEditorial } from "@/lib/policies/roles";

/**
 * Whoever may read an article may discuss it, signed off or not (a discussion changes no finding),
 * except an archived one: it is off the desk.
 */
export function canCommentOnArticle(actor: Pick<Actor, "role">, article: { status: ArticleStatus }): boolean {
  return article.status !== "ARCHIVED" && canReadArticle(actor, article);
}

/** Resolving and reopening a thread is for anyone in the discussion, as in any shared document. */
export const canResolveThread = canCommentOnArticle;

/** Only the author changes their own words. */
export function canEditComment(actor: Pick<Actor, "id">, comment: { authorId: string; deletedAt: Date | string | null }): boolean {
  return comment.deletedAt === null && comment.authorId === actor.id;
}

/** The author, or an editor or admin moderating the desk. */
export function canDeleteComment(
  actor: Pick<Actor, "id" | "role">,
  comment: { authorId: string; deletedAt: Date | string | null },
): boolean {
  return comment.deletedAt === null && (comment.authorId === actor.id || isEditorial(actor));
}

/** A mention notifies someone: only people who may read the article (else the link would show them nothing). */
export function canBeMentioned(person: { role: Actor["role"]; deactivatedAt: Date | null }, article: { status: ArticleStatus }): boolean {
  return person.deactivatedAt === null && canReadArticle(person, article);
}
