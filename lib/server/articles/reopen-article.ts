import "server-only";
import type { Actor } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canManageArticleReview } from "@/lib/policies/articles";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { recordAudit } from "@/lib/server/audit";
import { markDeskEntriesReopened } from "@/lib/server/fact-checks/desk-entries";
import { notify } from "@/lib/server/notifications/notify";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";
import type { ReopenArticleInput } from "@/lib/validation/review";
import { reasonProblem } from "@/lib/workflow/reasons";

export type ReopenArticleOptions = { actor: Actor; input: ReopenArticleInput };

/** An editor reopens a signed-off article, with a reason that the record keeps. */
export async function reopenArticle({ actor, input }: ReopenArticleOptions) {
  if (!canManageArticleReview(actor)) throw new AppError("FORBIDDEN", "Only editors and admins reopen articles.");
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: input.articleId, ...readableArticleWhere(actor) }, select: { id: true } });
    if (!article) throw new AppError("NOT_FOUND", "There is no article with that id.");
    return reopenSignedOff(tx, { actor, articleId: article.id, reason: input.reason });
  });
}

/**
 * Moves a signed-off article back to work and records why, in the caller's transaction; a
 * correction of the text uses it too. Refused when the article is not signed off. Its entries in
 * the fact-check library stop standing for the desk (REOPENED) until it is signed off again.
 */
export async function reopenSignedOff(tx: Tx, { actor, articleId, reason }: { actor: Actor; articleId: string; reason: string }) {
  const missing = reasonProblem(reason);
  if (missing) throw new AppError("INVALID", missing, { field: "reason" });
  const { count } = await tx.article.updateMany({ where: { id: articleId, status: "SIGNED_OFF" }, data: { status: "IN_PROGRESS" } });
  if (count === 0) throw new AppError("INVALID", "Only a signed-off article can be reopened.");
  await markDeskEntriesReopened(tx, articleId);
  const signOff = await tx.articleSignOff.findFirst({
    where: { articleId, reopenedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, signedOffById: true, coverage: true },
  });
  if (signOff) {
    await tx.articleSignOff.update({
      where: { id: signOff.id },
      data: { reopenedAt: new Date(), reopenedById: actor.id, reopenReason: reason },
    });
  }
  await recordAudit(tx, {
    actorId: actor.id,
    action: "article.reopened",
    entityType: "Article",
    entityId: articleId,
    articleId,
    before: { status: "SIGNED_OFF", signOffId: signOff?.id ?? null },
    after: { status: "IN_PROGRESS", reason },
  });
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { title: true, checkerId: true, reviewerId: true },
  });
  await notify(tx, {
    userIds: [article.checkerId, article.reviewerId, signOff?.signedOffById],
    kind: "ARTICLE_REOPENED",
    actorId: actor.id,
    articleId,
    message: `${actor.name} reopened “${article.title}”: ${reason}`,
  });
  await enqueueWebhookEvent(tx, {
    type: "article.reopened",
    articleId,
    data: { article: { id: articleId, title: article.title }, actor: { id: actor.id, name: actor.name }, reason },
  });
  return { id: articleId, status: "IN_PROGRESS" as const };
}
