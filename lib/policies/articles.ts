import type { Actor } from "@/lib/auth/session";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { isEditorial } from "@/lib/policies/roles";

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
