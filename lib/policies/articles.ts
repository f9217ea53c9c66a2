import type { Actor } from "@/lib/auth/actor";
import { ArticleStatus } from "@/lib/generated/prisma/enums";
import { isEditorial } from "@/lib/policies/roles";
import { ARTICLE_FROZEN } from "@/lib/workflow/annotation-status";

const ALL_STATUSES = Object.values(ArticleStatus);
const ON_THE_DESK = ALL_STATUSES.filter((status) => status !== "ARCHIVED");

/**
 * Every signed-in role reads every article, except archived ones: archiving takes an article off
 * the desk, and only editors and admins still read it. The use cases' queries are built from this
 * same list (lib/server/articles/readable-articles.ts), so the policy and the query cannot drift.
 */
export function readableArticleStatuses(actor: Pick<Actor, "role">): readonly ArticleStatus[] {
  return isEditorial(actor) ? ALL_STATUSES : ON_THE_DESK;
}

export function canReadArticle(actor: Pick<Actor, "role">, article: { status: ArticleStatus }): boolean {
  return readableArticleStatuses(actor).includes(article.status);
}

// Every signed-in role reads and annotates; only editors and admins change an article's text.
export function canImportArticle(actor: Pick<Actor, "role">): boolean {
  return actor.role === "ADMIN" || actor.role === "EDITOR" || actor.role === "REVIEWER";
}

/** A signed-off article is read-only until an editor reopens it; an archived one for good. */
export function canAnnotateArticle(actor: Pick<Actor, "role">, article: { status: ArticleStatus }): boolean {
  return article.status !== "ARCHIVED" && article.status !== "SIGNED_OFF" && canImportArticle(actor);
}

/** Assignment, sign-off and reopening are an editor's calls. */
export function canManageArticleReview(actor: Pick<Actor, "role">): boolean {
  return isEditorial(actor);
}

/**
 * Why this actor may not assign a checker and a reviewer, or null. A signed-off article is
 * read-only (its sign-off recorded the audit chain head, and a closed article has nothing to
 * check): reopening it is the way to change it. An archived one is off the desk.
 */
export function assignArticleRefusal(actor: Pick<Actor, "role">, article: { status: ArticleStatus }): string | null {
  if (!canManageArticleReview(actor)) return "Only editors and admins assign articles.";
  return ARTICLE_FROZEN[article.status] ?? null;
}

export function canAssignArticle(actor: Pick<Actor, "role">, article: { status: ArticleStatus }): boolean {
  return assignArticleRefusal(actor, article) === null;
}

export function canCorrectArticle(actor: Pick<Actor, "role">): boolean {
  return isEditorial(actor);
}

/** Why this actor may not change the article's details (title, byline…), or null. A signed-off article is read-only, details too. */
export function editArticleDetailsRefusal(
  actor: Pick<Actor, "id" | "role">,
  article: { createdById: string; status: ArticleStatus },
): string | null {
  const frozen = ARTICLE_FROZEN[article.status];
  if (frozen) return frozen;
  if (canCorrectArticle(actor) || article.createdById === actor.id) return null;
  return "Only editors, admins and the person who imported it can change its details.";
}

export function canEditArticleDetails(actor: Pick<Actor, "id" | "role">, article: { createdById: string; status: ArticleStatus }): boolean {
  return editArticleDetailsRefusal(actor, article) === null;
}
