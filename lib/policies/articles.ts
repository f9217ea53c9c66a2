import type { Actor } from "@/lib/auth/session";
import { ArticleStatus } from "@/lib/generated/prisma/enums";
import { isEditorial } from "@/lib/policies/roles";

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

export function canAnnotateArticle(actor: Pick<Actor, "role">, article: { status: ArticleStatus }): boolean {
  return article.status !== "ARCHIVED" && canImportArticle(actor);
}

export function canCorrectArticle(actor: Pick<Actor, "role">): boolean {
  return isEditorial(actor);
}

export function canEditArticleDetails(actor: Pick<Actor, "id" | "role">, article: { createdById: string }): boolean {
  return canCorrectArticle(actor) || article.createdById === actor.id;
}
