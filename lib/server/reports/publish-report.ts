import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publishReportRefusal, revokePublicReportRefusal } from "@/lib/policies/exports";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { recordAudit } from "@/lib/server/audit";
import { setDeskEntriesReport } from "@/lib/server/fact-checks/desk-entries";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";
import { appBaseUrl } from "@/lib/env";

export type PublishReportOptions = { actor: Actor; input: { articleId: string } };

/**
 * Publishes the signed-off report at /r/<token>: 32 random bytes, so the URL cannot be guessed.
 * Publishing again while a link is active returns that link (one active link per article, also a
 * partial unique index). The article row is locked so a reopen cannot slip in between.
 */
export async function publishReport({ actor, input }: PublishReportOptions): Promise<{ token: string }> {
  return getDb().$transaction(async (tx) => {
    const [article] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Article" WHERE id = ${input.articleId} FOR UPDATE`;
    const readable =
      article &&
      (await tx.article.findFirst({
        where: { id: article.id, ...readableArticleWhere(actor) },
        select: { id: true, title: true, status: true },
      }));
    if (!readable) throw new AppError("NOT_FOUND", "There is no article with that id.");
    const refusal = publishReportRefusal(actor, readable);
    if (refusal) throw new AppError("FORBIDDEN", refusal);
    const active = await tx.publicReportLink.findFirst({ where: { articleId: readable.id, revokedAt: null }, select: { token: true } });
    if (active) return active;
    const link = await tx.publicReportLink.create({
      data: { articleId: readable.id, token: randomBytes(32).toString("base64url"), createdById: actor.id },
      select: { id: true, token: true },
    });
    // The desk's entries in the library now cite the public report.
    await setDeskEntriesReport(tx, readable.id, link.token);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "report.published",
      entityType: "PublicReportLink",
      entityId: link.id,
      articleId: readable.id,
      // The token itself stays out of the audit trail, which more people can read than the link.
      after: { linkId: link.id },
    });
    await enqueueWebhookEvent(tx, {
      type: "report.published",
      articleId: readable.id,
      data: {
        article: { id: readable.id, title: readable.title },
        actor: { id: actor.id, name: actor.name },
        reportUrl: `${appBaseUrl()}/r/${link.token}`,
      },
    });
    return { token: link.token };
  });
}

export type RevokePublicReportOptions = PublishReportOptions;

/** Revokes the active link: from then on its URL answers 404. */
export async function revokePublicReport({ actor, input }: RevokePublicReportOptions): Promise<{ revoked: number }> {
  return getDb().$transaction(async (tx) => {
    // As publishing does: a sign-off in flight, which reads the active link for its library entries, finishes first.
    await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${input.articleId} FOR UPDATE`;
    const article = await tx.article.findFirst({
      where: { id: input.articleId, ...readableArticleWhere(actor) },
      select: { id: true, title: true, status: true },
    });
    if (!article) throw new AppError("NOT_FOUND", "There is no article with that id.");
    const refusal = revokePublicReportRefusal(actor);
    if (refusal) throw new AppError("FORBIDDEN", refusal);
    const links = await tx.publicReportLink.findMany({ where: { articleId: article.id, revokedAt: null }, select: { id: true } });
    if (links.length === 0) throw new AppError("INVALID", "This report has no public link to revoke.");
    await tx.publicReportLink.updateMany({
      where: { id: { in: links.map((l) => l.id) } },
      data: { revokedAt: new Date(), revokedById: actor.id },
    });
    await setDeskEntriesReport(tx, article.id, null);
    for (const link of links)
      await recordAudit(tx, {
        actorId: actor.id,
        action: "report.revoked",
        entityType: "PublicReportLink",
        entityId: link.id,
        articleId: article.id,
      });
    await enqueueWebhookEvent(tx, {
      type: "report.revoked",
      articleId: article.id,
      data: { article: { id: article.id, title: article.title }, actor: { id: actor.id, name: actor.name } },
    });
    return { revoked: links.length };
  });
}
