import type { PageMetadata } from "@/lib/import/page-metadata";
import { articleMetadataSchema, type ArticleMetadata } from "@/lib/validation/article";

/**
 * What an HTML page says about itself fills the fields left blank on the import form. Each found
 * value passes the same schema as a typed one; a value it refuses is left out, not stored.
 */
export function withPageMetadata(typed: ArticleMetadata, page: PageMetadata | null): ArticleMetadata {
  if (!page) return typed;
  const found = (key: "byline" | "publisher" | "publishedOn" | "canonicalUrl") => {
    const parsed = articleMetadataSchema.shape[key].safeParse(page[key] ?? undefined);
    return parsed.success ? (parsed.data ?? undefined) : undefined;
  };
  return {
    ...typed,
    byline: typed.byline ?? found("byline"),
    publisher: typed.publisher ?? found("publisher"),
    publishedOn: typed.publishedOn ?? found("publishedOn"),
    canonicalUrl: typed.canonicalUrl ?? found("canonicalUrl"),
  };
}
