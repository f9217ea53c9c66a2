import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { contentHash, normaliseText } from "@/lib/import";
import { canCorrectArticle } from "@/lib/policies/articles";
import { claimAnnotationVersions } from "@/lib/server/annotations/claim-version";
import { sendBackToReview } from "@/lib/server/annotations/send-back-to-review";
import { recordAudit } from "@/lib/server/audit";
import { reanchorAnnotations, recordMoves } from "@/lib/server/articles/reanchor-annotations";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { reopenSignedOff } from "@/lib/server/articles/reopen-article";
import { markDeskEntriesCorrected } from "@/lib/server/fact-checks/desk-entries";
import type { CorrectArticleInput } from "@/lib/validation/correction";
import { correctionReason, findingsBackToReview } from "@/lib/workflow/correction-review";

/**
 * Replaces an article's text with a corrected one. The old text stays as a revision, and every
 * annotation is re-anchored; those that cannot be are marked orphaned, never dropped.
 */
export async function correctArticle({ actor, input }: { actor: Actor; input: CorrectArticleInput }) {
  if (!canCorrectArticle(actor)) throw new AppError("FORBIDDEN", "Only editors and admins can correct an article's text.");
  const text = normaliseText(input.text);
  if (!text) throw new AppError("INVALID", "The corrected text is empty.");

  return getDb().$transaction(async (tx) => {
    const { article, revision } = await storeRevision(tx, actor, input, text);
    const { stored, plan } = await reanchorAnnotations(tx, { articleId: article.id, revision, text });
    const orphaned = plan.filter((p) => p.isOrphaned).map((p) => p.id);
    // A correction after sign-off reopens the article, and every approved finding whose quoted
    // words changed (or were lost) needs a review again (lib/workflow/correction-review).
    const reason = correctionReason(revision);
    if (article.status === "SIGNED_OFF") await reopenSignedOff(tx, { actor, articleId: article.id, reason });
    // Whatever its state now, a claim the desk published was checked against the text before this.
    await markDeskEntriesCorrected(tx, article.id);
    const toReview = findingsBackToReview(stored, plan);
    const claimed = await claimAnnotationVersions(tx, { actor, annotationIds: toReview });
    await sendBackToReview(tx, { actor, claimed, reason });
    await recordMoves(tx, { actor, articleId: article.id, fromRevision: article.revision, revision, stored, plan });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.corrected",
      entityType: "Article",
      entityId: article.id,
      articleId: article.id,
      before: { revision: article.revision, length: article.text.length },
      after: { revision, length: text.length, reanchored: plan.length - orphaned.length, orphaned, backToReview: toReview },
    });
    return { revision, reanchored: plan.length - orphaned.length, orphaned: orphaned.length };
  });
}

/**
 * The corrected text as the article's next revision, the old one kept. Refused when someone else
 * corrected it since the reader's revision, when nothing changed, or when another article already
 * has exactly this text.
 */
async function storeRevision(tx: Tx, actor: Actor, input: CorrectArticleInput, text: string) {
  const hash = contentHash(text);
  const article = await tx.article.findFirst({
    where: { id: input.articleId, ...readableArticleWhere(actor) },
    select: { id: true, text: true, revision: true, status: true },
  });
  if (!article) throw new AppError("NOT_FOUND", "That article no longer exists.");
  if (article.revision !== input.revision) {
    throw new AppError(
      "CONFLICT",
      `Someone else corrected this article since you opened it (now revision ${article.revision}). Reload and apply your correction again.`,
    );
  }
  if (article.text === text) throw new AppError("INVALID", "The text is unchanged.");
  const twin = await tx.article.findUnique({ where: { contentHash: hash }, select: { id: true, title: true } });
  if (twin)
    throw new AppError("CONFLICT", `Another article already has exactly this text (“${twin.title}”).`, { existingArticleId: twin.id });

  const revision = article.revision + 1;
  // Only this transaction may move the revision on; a concurrent correction fails here.
  const { count } = await tx.article.updateMany({
    where: { id: article.id, revision: article.revision },
    data: { text, contentHash: hash, revision },
  });
  if (count === 0) throw new AppError("CONFLICT", "Someone else corrected this article at the same moment. Reload and try again.");
  await tx.articleRevision.create({ data: { articleId: article.id, revision, text, contentHash: hash, createdById: actor.id } });
  return { article, revision };
}
