import "server-only";
import type { Actor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { importArticle } from "@/lib/server/articles/import-article";
import { prepareSnapshotImport } from "@/lib/server/page-snapshots/prepare-snapshot-import";
import type { ArticleMetadata } from "@/lib/validation/article";

export type ImportFetchedPageOptions = { actor: Actor; metadata: ArticleMetadata; snapshotId: string | undefined };

/**
 * Step two of an import from the web: the page this actor fetched in step one (previewWebImport)
 * becomes the article, its text extracted again from the stored snapshot.
 */
export async function importFetchedPage({ actor, metadata, snapshotId }: ImportFetchedPageOptions) {
  if (!snapshotId) throw new AppError("INVALID", "Fetch the page first.", { field: "url" });
  const prepared = await prepareSnapshotImport({ actor, snapshotId, title: metadata.title });
  const article = await importArticle({ actor, prepared, metadata, snapshotId });
  return { ...article, isFallback: prepared.extraction === "fallback" };
}
