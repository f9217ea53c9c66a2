import type { Actor } from "@/lib/auth/actor";
import type { ArticleStatus } from "@/lib/enums";
import { canReadArticle } from "@/lib/policies/articles";
import { isEditorial } from "@/lib/policies/roles";
import { isSignedOffOrPublished } from "@/lib/workflow/signed-off";

/** Whoever may read an article may export it: an export shows nothing the article page does not. */
export function canExportArticle(actor: Pick<Actor, "role">, article: { status: ArticleStatus }): boolean {
  return canReadArticle(actor, article);
}

const NOT_EDITORIAL = "Only editors and admins publish reports.";

/** Why this actor may not publish the article's public report, or null. */
export function publishReportRefusal(actor: Pick<Actor, "role">, article: { status: ArticleStatus }): string | null {
  if (!isEditorial(actor)) return NOT_EDITORIAL;
  if (!isSignedOffOrPublished(article.status)) return "Only a signed-off report can be published.";
  return null;
}

/** Why this actor may not revoke the article's public link, or null. Whatever the article's state: a reopened article's link must be closable. */
export function revokePublicReportRefusal(actor: Pick<Actor, "role">): string | null {
  return isEditorial(actor) ? null : NOT_EDITORIAL;
}
