import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assignArticleRefusal, canManageArticleReview } from "@/lib/policies/articles";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/notifications/notify";
import type { AssignArticleInput } from "@/lib/validation/review";

export type AssignArticleOptions = { actor: Actor; input: AssignArticleInput };

/** An editor names who checks an article and who reviews it. It fills their queues and tells them; anyone may still help. */
export async function assignArticle({ actor, input }: AssignArticleOptions) {
  if (!canManageArticleReview(actor)) throw new AppError("FORBIDDEN", "Only editors and admins assign articles.");
  return getDb().$transaction(async (tx) => {
    const before = await tx.article.findFirst({
      where: { id: input.articleId, ...readableArticleWhere(actor) },
      select: { id: true, title: true, status: true, checkerId: true, reviewerId: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "There is no article with that id.");
    const refusal = assignArticleRefusal(actor, before);
    if (refusal) throw new AppError("FORBIDDEN", refusal);
    const people = [input.checkerId, input.reviewerId].filter((id): id is string => Boolean(id));
    const found = await tx.user.count({ where: { id: { in: people } } });
    if (found !== new Set(people).size) throw new AppError("INVALID", "Choose people who have an account.", { field: "checkerId" });
    // Only on the status just checked: a sign-off that commits meanwhile makes this match nothing.
    const { count } = await tx.article.updateMany({
      where: { id: before.id, status: before.status },
      data: { checkerId: input.checkerId, reviewerId: input.reviewerId },
    });
    if (count === 0) throw new AppError("CONFLICT", "The article changed while you assigned it. Reload and try again.");
    const after = { id: before.id, checkerId: input.checkerId, reviewerId: input.reviewerId };
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.assigned",
      entityType: "Article",
      entityId: before.id,
      articleId: before.id,
      before: { checkerId: before.checkerId, reviewerId: before.reviewerId },
      after: { checkerId: after.checkerId, reviewerId: after.reviewerId },
    });
    const newly = (role: "checker" | "reviewer", id: string | null, previous: string | null) =>
      id && id !== previous
        ? notify(tx, {
            userIds: [id],
            kind: "ASSIGNED",
            actorId: actor.id,
            articleId: before.id,
            message: `${actor.name} assigned you as ${role} of “${before.title}”.`,
          })
        : null;
    await newly("checker", after.checkerId, before.checkerId);
    await newly("reviewer", after.reviewerId, before.reviewerId);
    return after;
  });
}
