import "server-only";
import type { Actor } from "@/lib/auth/session";
import { dateFromDateOnly } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { planWebAnnotationImport, type Unplaced } from "@/lib/exports/plan-web-annotation-import";
import { canAnnotateArticle } from "@/lib/policies/articles";
import { lockArticleForAdding } from "@/lib/server/articles/article-locks";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { recordAudit } from "@/lib/server/audit";
import { annotationPatchSchema } from "@/lib/validation/annotation";
import { sourceFieldsSchema } from "@/lib/validation/source";
import type { ImportWebAnnotationsInput } from "@/lib/validation/web-annotation";

export type ImportWebAnnotationsOptions = { actor: Actor; input: ImportWebAnnotationsInput };
export type ImportWebAnnotationsResult = { imported: number; reanchored: number; unplaced: Unplaced[] };

/**
 * Attaches a W3C Web Annotation file to an article: each annotation placed by lib/anchoring (by
 * quote when the positions differ), checked with the same schemas as a card's fields (refused, not
 * cleaned: an annotation with a bad source URL is reported, not imported without it), created as a
 * draft by the importer (it still needs a second person's review), with its audit event.
 */
export async function importWebAnnotations({ actor, input }: ImportWebAnnotationsOptions): Promise<ImportWebAnnotationsResult> {
  return getDb().$transaction(
    async (tx) => {
      // Under the article's lock, so the status read next is the one after any sign-off in flight.
      await lockArticleForAdding(tx, input.articleId);
      const article = await tx.article.findFirst({
        where: { id: input.articleId, ...readableArticleWhere(actor) },
        select: { id: true, text: true, revision: true, status: true },
      });
      if (!article) throw new AppError("NOT_FOUND", "There is no article with that id.");
      if (!canAnnotateArticle(actor, article)) throw new AppError("FORBIDDEN", "This article is read-only: nothing can be attached to it.");
      const plan = planWebAnnotationImport(article.text, input.upload);
      const unplaced = [...plan.unplaced];
      const created = new Map<string, string>();
      let reanchored = 0;
      for (const p of plan.placed) {
        const fields = annotationPatchSchema.safeParse({
          claimText: p.claimText,
          speaker: p.speaker,
          quoteCheck: p.quoteCheck,
          quoteOrigin: p.quoteOrigin,
          holder: p.holder,
          note: p.note,
          verdict: p.verdict,
        });
        const sources = p.sources.map((s) => sourceFieldsSchema.safeParse(s));
        const bad = !fields.success ? fields.error.issues[0] : sources.find((s) => !s.success)?.error?.issues[0];
        if (bad || !fields.success) {
          unplaced.push({ fileId: p.fileId, exact: p.exact, reason: `Refused: ${bad?.message ?? "invalid fields"}` });
          continue;
        }
        const f = fields.data;
        const row = await tx.annotation.create({
          data: {
            articleId: article.id,
            authorId: actor.id,
            lastEditedById: actor.id,
            kind: p.kind,
            start: p.start,
            end: p.end,
            exact: p.exact,
            prefix: p.prefix,
            suffix: p.suffix,
            articleRevision: article.revision,
            claimText: f.claimText ?? null,
            speaker: f.speaker ?? null,
            quoteCheck: f.quoteCheck ?? null,
            quoteOrigin: f.quoteOrigin ?? null,
            holder: f.holder ?? null,
            note: f.note ?? null,
            // The file's own times, so a round trip keeps them.
            ...(p.created ? { createdAt: new Date(p.created) } : {}),
            ...(p.modified ? { updatedAt: new Date(p.modified) } : {}),
            ...(f.verdict?.rating
              ? { verdict: { create: { rating: f.verdict.rating, rationale: f.verdict.rationale ?? undefined, authorId: actor.id } } }
              : {}),
            sources: {
              create: sources.map((s, i) => {
                const data = s.data!;
                return {
                  url: data.url,
                  title: data.title ?? null,
                  publisher: data.publisher ?? null,
                  accessedOn: data.accessedOn ? dateFromDateOnly(data.accessedOn) : null,
                  publishedOn: data.publishedOn ? dateFromDateOnly(data.publishedOn) : null,
                  archiveUrl: data.archiveUrl ?? null,
                  excerpt: data.excerpt ?? null,
                  stance: data.stance,
                  createdById: actor.id,
                  // Distinct, ordered times keep the sources' order on the next export.
                  createdAt: new Date((p.created ? Date.parse(p.created) : Date.now()) + i),
                };
              }),
            },
          },
          select: { id: true },
        });
        created.set(p.fileId, row.id);
        if (p.method !== "position") reanchored++;
        await recordAudit(tx, {
          actorId: actor.id,
          action: "annotation.imported",
          entityType: "Annotation",
          entityId: row.id,
          articleId: article.id,
          after: { kind: p.kind, start: p.start, end: p.end, anchoredBy: p.method, fileId: p.fileId },
        });
      }
      // Opinions rest on claims from the same file, linked once every row exists.
      for (const p of plan.placed) {
        const id = created.get(p.fileId);
        const claims = p.restsOnFileIds.map((fileId) => created.get(fileId)).filter((c) => c !== undefined);
        if (id && claims.length)
          await tx.annotation.update({ where: { id }, data: { restsOn: { connect: claims.map((c) => ({ id: c })) } } });
      }
      return { imported: created.size, reanchored, unplaced };
    },
    { timeout: 60_000 },
  );
}
