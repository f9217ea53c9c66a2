import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canManageArticleReview } from "@/lib/policies/articles";
import { lockArticleForSignOff } from "@/lib/server/articles/article-locks";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { recordAudit } from "@/lib/server/audit";
import { readChainHead } from "@/lib/server/audit-chain";
import { recordDeskEntries } from "@/lib/server/fact-checks/desk-entries";
import { notify } from "@/lib/server/notifications/notify";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";
import type { SignOffArticleInput } from "@/lib/validation/review";
import { reasonProblem } from "@/lib/workflow/reasons";
import { nothingCheckWorthyProblems, signOffProblems } from "@/lib/workflow/sign-off";

export type SignOffArticleOptions = { actor: Actor; input: SignOffArticleInput };

/**
 * An editor signs an article off once every finding is approved or dismissed, or, when it has no
 * findings at all, as having nothing check-worthy, with the reason. The sign-off names the
 * revision and every annotation version it covers, the reason if any, and the audit chain head it
 * closed, so a report can cite it; from then on the article and its annotations are read-only. Its
 * approved claims with a verdict join the fact-check library as the desk's own entries.
 */
export async function signOffArticle({ actor, input }: SignOffArticleOptions) {
  if (!canManageArticleReview(actor)) throw new AppError("FORBIDDEN", "Only editors and admins sign articles off.");
  const nothingCheckWorthy = input.nothingCheckWorthy?.trim() ?? null;
  const missing = nothingCheckWorthy === null ? null : reasonProblem(nothingCheckWorthy);
  if (missing) throw new AppError("INVALID", missing, { field: "nothingCheckWorthy" });
  return getDb().$transaction(async (tx) => {
    // First: an annotation being added finishes and is counted below; one that starts now waits, then finds it signed off.
    await lockArticleForSignOff(tx, input.articleId);
    const article = await tx.article.findFirst({
      where: { id: input.articleId, ...readableArticleWhere(actor) },
      select: { id: true, title: true, status: true, revision: true, checkerId: true, reviewerId: true },
    });
    if (!article) throw new AppError("NOT_FOUND", "There is no article with that id.");
    // Lock the article's annotations, deleted ones too: a change or a restore in flight finishes
    // first and is seen here, and one that starts now waits, then finds the article signed off.
    await tx.$queryRaw`SELECT id FROM "Annotation" WHERE "articleId" = ${article.id} FOR UPDATE`;
    const annotations = await tx.annotation.findMany({
      where: { articleId: article.id, deletedAt: null },
      orderBy: { id: "asc" },
      select: { id: true, kind: true, status: true, version: true, orphanedAt: true, authorId: true, lastEditedById: true },
    });
    const facts = { articleStatus: article.status, annotations };
    const problems = nothingCheckWorthy ? nothingCheckWorthyProblems(facts) : signOffProblems(facts);
    if (problems.length) throw new AppError("INVALID", `Not ready for sign-off: ${problems.join(" ")}`, { problems });
    const { count } = await tx.article.updateMany({
      where: { id: article.id, status: article.status, revision: article.revision },
      data: { status: "SIGNED_OFF" },
    });
    if (count === 0) throw new AppError("CONFLICT", "The article changed while you signed it off. Reload and try again.");
    const coverage = annotations.map(({ id, version, status }) => ({ annotationId: id, version, status }));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.signed_off",
      entityType: "Article",
      entityId: article.id,
      articleId: article.id,
      before: { status: article.status },
      after: { status: "SIGNED_OFF", revision: article.revision, coverage, ...(nothingCheckWorthy && { nothingCheckWorthy }) },
    });
    // The head now is the sign-off's own event, so the record cites a chain that includes it.
    const chainHead = (await readChainHead(tx, article.id)) ?? "";
    const signOff = await tx.articleSignOff.create({
      data: { articleId: article.id, revision: article.revision, coverage, chainHead, signedOffById: actor.id, nothingCheckWorthy },
      select: { id: true, revision: true, chainHead: true, createdAt: true, nothingCheckWorthy: true },
    });
    // Its claims join the desk's memory in the same step, so the library never lags the record.
    await recordDeskEntries(tx, { articleId: article.id, signedOffAt: signOff.createdAt });
    await notify(tx, {
      userIds: [article.checkerId, article.reviewerId, ...annotations.flatMap((a) => [a.authorId, a.lastEditedById])],
      kind: "ARTICLE_SIGNED_OFF",
      actorId: actor.id,
      articleId: article.id,
      message: `${actor.name} signed off “${article.title}”.`,
    });
    await enqueueWebhookEvent(tx, {
      type: "article.signed_off",
      articleId: article.id,
      data: {
        article: { id: article.id, title: article.title, revision: article.revision },
        actor: { id: actor.id, name: actor.name },
        signOffId: signOff.id,
        findingCount: annotations.length,
        nothingCheckWorthy,
      },
    });
    return { ...signOff, createdAt: signOff.createdAt.toISOString() };
  });
}
