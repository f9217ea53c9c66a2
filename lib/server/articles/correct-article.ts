import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { contentHash, normaliseText } from "@/lib/import";
import { canCorrectArticle } from "@/lib/policies/articles";
import { planReanchoring } from "@/lib/annotations/plan-reanchoring";
import { recordAudit, recordAudits, type AuditEntry } from "@/lib/server/audit";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { reopenSignedOff } from "@/lib/server/articles/reopen-article";
import { markDeskEntriesCorrected } from "@/lib/server/fact-checks/desk-entries";
import type { CorrectArticleInput } from "@/lib/validation/correction";

/**
 * Replaces an article's text with a corrected one. The old text stays as a revision, and every
 * annotation is re-anchored; those that cannot be are marked orphaned, never dropped.
 */
export async function correctArticle({ actor, input }: { actor: Actor; input: CorrectArticleInput }) {
  if (!canCorrectArticle(actor)) throw new AppError("FORBIDDEN", "Only editors and admins can correct an article's text.");
  const text = normaliseText(input.text);
  if (!text) throw new AppError("INVALID", "The corrected text is empty.");
  const hash = contentHash(text);

  return getDb().$transaction(async (tx) => {
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

    const annotations = await tx.annotation.findMany({
      where: { articleId: article.id, deletedAt: null },
      select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true, orphanedAt: true, status: true },
    });
    const plan = planReanchoring(
      text,
      annotations.filter((a) => !a.orphanedAt),
    );
    if (plan.length) {
      await tx.$executeRaw`
        UPDATE "Annotation" AS a
        SET "start" = v.start, "end" = v."end", "exact" = v.exact, "prefix" = v.prefix, "suffix" = v.suffix,
            "articleRevision" = ${revision},
            "orphanedAt" = CASE WHEN v.orphaned THEN now() ELSE NULL END,
            "updatedAt" = now()
        FROM unnest(${plan.map((p) => p.id)}::text[], ${plan.map((p) => p.start)}::int[], ${plan.map((p) => p.end)}::int[],
                    ${plan.map((p) => p.exact)}::text[], ${plan.map((p) => p.prefix)}::text[], ${plan.map((p) => p.suffix)}::text[],
                    ${plan.map((p) => p.isOrphaned)}::bool[]) AS v(id, start, "end", exact, prefix, suffix, orphaned)
        WHERE a.id = v.id`;
    }
    const orphaned = plan.filter((p) => p.isOrphaned).map((p) => p.id);
    const storedSpans = new Map(annotations.map((a) => [a.id, a]));
    // A correction after sign-off reopens the article, and every approved finding whose quoted
    // words changed (or were lost) needs a review again. A span that only shifted keeps its approval.
    if (article.status === "SIGNED_OFF") {
      await reopenSignedOff(tx, { actor, articleId: article.id, reason: `The text was corrected (revision ${revision}).` });
    }
    // Whatever its state now, a claim the desk published was checked against the text before this.
    await markDeskEntriesCorrected(tx, article.id);
    const stored = new Map(annotations.map((a) => [a.id, a]));
    const toReview = plan
      .filter(
        (p) => stored.get(p.id)?.status === "APPROVED" && (p.isOrphaned || p.method === "fuzzy" || p.exact !== stored.get(p.id)?.exact),
      )
      .map((p) => p.id);
    if (toReview.length) {
      await tx.annotation.updateMany({ where: { id: { in: toReview } }, data: { status: "SUBMITTED", version: { increment: 1 } } });
      for (const id of toReview) {
        await recordAudit(tx, {
          actorId: actor.id,
          action: "annotation.needs_review",
          entityType: "Annotation",
          entityId: id,
          articleId: article.id,
          before: { status: "APPROVED" },
          after: { status: "SUBMITTED", reason: `The text was corrected (revision ${revision}).` },
        });
      }
    }
    // Each annotation's own move, so its history says where it went and how it was found.
    await recordAudits(
      tx,
      plan.map((p): AuditEntry => {
        const was = storedSpans.get(p.id)!;
        const move = {
          actorId: actor.id,
          entityType: "Annotation" as const,
          entityId: p.id,
          articleId: article.id,
          before: { revision: article.revision, start: was.start, end: was.end, exact: was.exact },
        };
        return p.isOrphaned
          ? { ...move, action: "annotation.orphaned", after: { revision } }
          : { ...move, action: "annotation.reanchored", after: { revision, start: p.start, end: p.end, exact: p.exact, method: p.method } };
      }),
    );
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
