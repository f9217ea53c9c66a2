import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { WebImportPreview } from "@/lib/import/web/web-import-preview";
import { canImportArticle } from "@/lib/policies/articles";
import { fetchPageSnapshot } from "@/lib/server/page-snapshots/fetch-page-snapshot";

/**
 * Step one of an import from the web: fetch the page, keep its snapshot, and answer the article
 * text and the page's metadata so the form can be prefilled and corrected before saving.
 */
export async function previewWebImport({ actor, url }: { actor: Actor; url: string }): Promise<WebImportPreview> {
  if (!canImportArticle(actor)) throw new AppError("FORBIDDEN", "Your role cannot import articles.");
  const { snapshot, prepared } = await fetchPageSnapshot({ actor, url });
  const existing = await getDb().article.findUnique({ where: { contentHash: prepared.contentHash }, select: { id: true, title: true } });
  const metadata = prepared.metadata;
  return {
    snapshotId: snapshot.id,
    finalUrl: snapshot.finalUrl,
    fetchedAt: snapshot.fetchedAt.toISOString(),
    text: prepared.text,
    isFallback: prepared.extraction === "fallback",
    existingArticle: existing,
    fields: {
      title: prepared.title,
      byline: metadata?.byline ?? "",
      publisher: metadata?.publisher ?? "",
      publishedOn: metadata?.publishedOn ?? "",
      sourceUrl: snapshot.finalUrl,
      canonicalUrl: metadata?.canonicalUrl ?? "",
      language: metadata?.language ?? "",
    },
  };
}
