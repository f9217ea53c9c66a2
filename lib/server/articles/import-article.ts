import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { dateFromDateOnly } from "@/lib/dates";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { canImportArticle } from "@/lib/policies/articles";
import { recordAudit } from "@/lib/server/audit";
import type { ArticleMetadata } from "@/lib/validation/article";

export type ImportArticleOptions = {
  actor: Actor;
  /** Canonical text and derived title from lib/import's prepareImport. */
  prepared: { text: string; title: string; contentHash: string };
  metadata: ArticleMetadata;
  /** A page fetched by this actor (lib/server/page-snapshots), to keep with the article. */
  snapshotId?: string | null;
};

export async function importArticle({ actor, prepared, metadata, snapshotId = null }: ImportArticleOptions) {
  if (!canImportArticle(actor)) throw new AppError("FORBIDDEN", "Your role cannot import articles.");
  const db = getDb();
  const existing = await db.article.findUnique({ where: { contentHash: prepared.contentHash }, select: { id: true, title: true } });
  if (existing) throw duplicateError(existing);

  try {
    return await db.$transaction(async (tx) => {
      const article = await tx.article.create({
        data: {
          title: metadata.title ?? prepared.title,
          byline: metadata.byline ?? null,
          publisher: metadata.publisher ?? null,
          sourceUrl: metadata.sourceUrl ?? null,
          canonicalUrl: metadata.canonicalUrl ?? null,
          publishedOn: dateFromDateOnly(metadata.publishedOn),
          language: metadata.language,
          text: prepared.text,
          contentHash: prepared.contentHash,
          createdById: actor.id,
          revisions: { create: { revision: 1, text: prepared.text, contentHash: prepared.contentHash, createdById: actor.id } },
        },
        select: { id: true, title: true },
      });
      if (snapshotId) {
        const linked = await tx.pageSnapshot.updateMany({
          where: { id: snapshotId, fetchedById: actor.id, articleId: null },
          data: { articleId: article.id },
        });
        if (linked.count !== 1) throw new AppError("CONFLICT", "That fetched page was already imported, or is not yours. Fetch it again.");
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: "article.imported",
        entityType: "Article",
        entityId: article.id,
        articleId: article.id,
        after: { title: article.title, contentHash: prepared.contentHash, length: prepared.text.length, snapshotId },
      });
      return article;
    });
  } catch (error) {
    // Two people importing the same text at once: the unique index decides, the loser is told where it is.
    if (isUniqueViolation(error)) {
      const winner = await db.article.findUnique({ where: { contentHash: prepared.contentHash }, select: { id: true, title: true } });
      if (winner) throw duplicateError(winner);
    }
    throw error;
  }
}

function duplicateError(existing: { id: string; title: string }) {
  return new AppError("CONFLICT", `This article is already imported as “${existing.title}”.`, {
    existingArticleId: existing.id,
    existingTitle: existing.title,
  });
}
