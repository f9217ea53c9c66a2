import "server-only";
import { withPageMetadata } from "@/lib/articles/with-page-metadata";
import type { Actor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { canImportArticle } from "@/lib/policies/articles";
import { importArticle } from "@/lib/server/articles/import-article";
import { fetchPageSnapshot } from "@/lib/server/page-snapshots/fetch-page-snapshot";
import { articleMetadataSchema, type ArticleMetadata } from "@/lib/validation/article";

export type ImportWebPageOptions = {
  actor: Actor;
  url: string;
  /** Details given with the address; each one left out is taken from the page, as the import form prefills it. */
  metadata: Omit<ArticleMetadata, "language"> & { language?: string };
};

/**
 * An import from the web in one step, for a client that has no form to correct the page's details
 * in between (the API): the page is fetched through the SSRF guard and kept as a snapshot, and its
 * article imported with the snapshot, as the form's two steps (previewWebImport, importFetchedPage)
 * do. The role is checked before anything is fetched.
 */
export async function importWebPage({ actor, url, metadata }: ImportWebPageOptions) {
  if (!canImportArticle(actor)) throw new AppError("FORBIDDEN", "Your role cannot import articles.");
  const { snapshot, prepared } = await fetchPageSnapshot({ actor, url });
  const pageLanguage = articleMetadataSchema.shape.language.safeParse(prepared.metadata?.language ?? undefined);
  const typed: ArticleMetadata = {
    ...metadata,
    // Left out, the address the page was fetched from; sent as null, none.
    sourceUrl: metadata.sourceUrl === undefined ? snapshot.finalUrl : metadata.sourceUrl,
    language: metadata.language ?? (pageLanguage.success ? pageLanguage.data : "en"),
  };
  const article = await importArticle({ actor, prepared, metadata: withPageMetadata(typed, prepared.metadata), snapshotId: snapshot.id });
  return { ...article, isFallback: prepared.extraction === "fallback" };
}
