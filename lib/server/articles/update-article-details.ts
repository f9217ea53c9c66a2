import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dateFromDateOnly } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { editArticleDetailsRefusal } from "@/lib/policies/articles";
import { recordAudit } from "@/lib/server/audit";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import type { ArticleDetails, ArticleDetailsPatch } from "@/lib/validation/article";

export type UpdateArticleDetailsOptions = { actor: Actor; articleId: string; details: ArticleDetails | ArticleDetailsPatch };

/**
 * Title, byline, publisher, date, source and language: everything about an article but its text.
 * A detail left out is kept (the API's PATCH sends only what changes; the form sends them all):
 * only the details sent are written, so two partial changes of different details never undo
 * each other.
 */
export async function updateArticleDetails({ actor, articleId, details }: UpdateArticleDetailsOptions) {
  return getDb().$transaction(async (tx) => {
    const before = await tx.article.findFirst({
      where: { id: articleId, ...readableArticleWhere(actor) },
      select: {
        id: true,
        createdById: true,
        status: true,
        title: true,
        byline: true,
        publisher: true,
        sourceUrl: true,
        publishedOn: true,
        language: true,
      },
    });
    if (!before) throw new AppError("NOT_FOUND", "That article no longer exists.");
    const refusal = editArticleDetailsRefusal(actor, before);
    if (refusal) throw new AppError("FORBIDDEN", refusal);
    const after = await tx.article.update({
      where: { id: articleId },
      data: {
        ...(details.title !== undefined && { title: details.title }),
        ...(details.byline !== undefined && { byline: details.byline }),
        ...(details.publisher !== undefined && { publisher: details.publisher }),
        ...(details.sourceUrl !== undefined && { sourceUrl: details.sourceUrl }),
        ...(details.publishedOn !== undefined && { publishedOn: dateFromDateOnly(details.publishedOn) }),
        ...(details.language !== undefined && { language: details.language }),
      },
      select: { id: true, title: true, byline: true, publisher: true, sourceUrl: true, publishedOn: true, language: true },
    });
    const { createdById: _createdBy, status: _status, ...beforeFields } = before;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.details_updated",
      entityType: "Article",
      entityId: articleId,
      articleId,
      before: beforeFields,
      after,
    });
    return after;
  });
}
