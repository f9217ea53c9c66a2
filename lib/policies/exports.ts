import type { Actor } from "@/lib/auth/actor";
import type { ArticleStatus } from "@/lib/enums";
import { canReadArticle } from "@/lib/policies/articles";
import { isEditorial } from "@/lib/policies/roles";

/** Whoever may read an article may export it: an export shows nothing the article page does not. */
export function canExportArticle(actor: Pick<Actor, "role">, article: { status: ArticleStatus }): boolean {
  return canReadArticle(actor, article);
}

/** Why this actor may not publish or revoke the article's public report, or null. */
export function publicLinkRefusal(actor: Pick<Actor, "role">, article: { status: ArticleStatus }): string | null {
  if (!isEditorial(actor)) return "Only editors and admins publish reports.";
  if (article.status !== "SIGNED_OFF" && article.status !== "PUBLISHED") return "Only a signed-off report can be published.";
  return null;
}
