"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-action";
import { AppError } from "@/lib/errors";
import { decodeUpload, formatFromFileName, prepareImport } from "@/lib/import";
import { importArticle } from "@/lib/server/articles/import-article";
import { correctArticle } from "@/lib/server/articles/correct-article";
import { updateArticleDetails } from "@/lib/server/articles/update-article-details";
import { correctArticleSchema } from "@/lib/validation/correction";
import { previewWebImport } from "@/lib/server/articles/preview-web-import";
import { checkArticleUpstream } from "@/lib/server/articles/check-article-upstream";
import { prepareSnapshotImport } from "@/lib/server/page-snapshots/prepare-snapshot-import";
import { articleDetailsSchema, articleMetadataSchema, webImportSchema, type ArticleMetadata } from "@/lib/validation/article";
import type { PageMetadata } from "@/lib/import/page-metadata";
import { defineAction } from "@/lib/actions/define-action";
import { recordId } from "@/lib/validation/fields";

const METADATA_FIELDS = ["title", "byline", "publisher", "sourceUrl", "canonicalUrl", "publishedOn", "language"] as const;

function readFields<const Names extends readonly string[]>(form: FormData, names: Names) {
  return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "")])) as Record<Names[number], string>;
}

const readMetadata = (form: FormData) => {
  const values = readFields(form, METADATA_FIELDS);
  return { ...values, language: values.language || undefined };
};

const importFormSchema = z.object({
  metadata: articleMetadataSchema,
  /** "From a web address": the page fetched in step one (previewWebImportAction). */
  snapshotId: z.string().max(40, "Fetch the page again.").optional(),
});

export const importArticleAction = defineFormAction({
  schema: importFormSchema,
  read: (form) => {
    const values = readFields(form, [...METADATA_FIELDS, "mode", "content", "url", "snapshotId"]);
    return {
      raw: { metadata: readMetadata(form), snapshotId: values.snapshotId || undefined },
      values: { ...values, content: values.mode === "paste" ? values.content : "" },
    };
  },
  run: async (actor, { metadata, snapshotId }, form) => {
    if (form.get("mode") === "url") {
      if (!snapshotId) throw new AppError("INVALID", "Fetch the page first.", { field: "url" });
      const prepared = await prepareSnapshotImport({ actor, snapshotId, title: metadata.title });
      const article = await importArticle({ actor, prepared, metadata, snapshotId });
      return { ...article, isFallback: prepared.extraction === "fallback" };
    }
    const source = await readSource(form);
    const prepared = await prepareImport({ ...source, title: metadata.title });
    if (!prepared.ok) throw new AppError("INVALID", prepared.error.message, { reason: prepared.error.code, field: source.field });
    // What an HTML page says about itself fills the fields left blank.
    const article = await importArticle({ actor, prepared, metadata: withPageMetadata(metadata, prepared.metadata) });
    return { ...article, isFallback: prepared.extraction === "fallback" };
  },
  onSuccess: (article) => {
    revalidatePath("/");
    // An HTML page whose article only the fallback extractor found: the article page asks for a check.
    redirect(`/articles/${article.id}${article.isFallback ? "?imported=fallback" : ""}`);
  },
});

/** Step one of an import from the web: fetch, extract and snapshot the page; the form is prefilled from the answer. */
export const previewWebImportAction = defineAction(webImportSchema, (actor, { url }) => previewWebImport({ actor, url }));

function withPageMetadata(typed: ArticleMetadata, page: PageMetadata | null): ArticleMetadata {
  if (!page) return typed;
  // Each found value passes the same schema as a typed one; a value it refuses is left out, not stored.
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

// Size, encoding and emptiness are lib/import's to judge; this only says where the text came from.
async function readSource(form: FormData) {
  if (form.get("mode") === "file") {
    const file = form.get("file");
    if (!(file instanceof File) || !file.name)
      throw new AppError("INVALID", "Choose a .txt, .md or .html file to upload.", { field: "file" });
    const format = formatFromFileName(file.name);
    if (!format)
      throw new AppError("INVALID", `“${file.name}” is not a .txt, .md or .html file.`, { reason: "UNSUPPORTED_TYPE", field: "file" });
    const decoded = decodeUpload(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) throw new AppError("INVALID", decoded.error.message, { reason: decoded.error.code, field: "file" });
    return { content: decoded.text, format, field: "file" };
  }
  const content = String(form.get("content") ?? "");
  if (!content.trim()) throw new AppError("INVALID", "Paste the article text, or choose a file.", { reason: "EMPTY", field: "content" });
  return { content, format: "text" as const, field: "content" };
}

export const correctArticleAction = defineFormAction({
  schema: correctArticleSchema,
  read: (form) => {
    const values = readFields(form, ["articleId", "revision", "text"]);
    return { raw: { ...values, revision: Number(values.revision) }, values };
  },
  run: (actor, input) => correctArticle({ actor, input }),
  onSuccess: (result, input) => {
    revalidatePath(`/articles/${input.articleId}`);
    redirect(`/articles/${input.articleId}?corrected=${result.reanchored}-${result.orphaned}`);
  },
});

const detailsFormSchema = z.object({ articleId: recordId, details: articleDetailsSchema });

export const updateArticleDetailsAction = defineFormAction({
  schema: detailsFormSchema,
  read: (form) => ({
    raw: { articleId: String(form.get("articleId") ?? ""), details: readMetadata(form) },
    values: readFields(form, METADATA_FIELDS),
  }),
  run: (actor, { articleId, details }) => updateArticleDetails({ actor, articleId, details }),
  onSuccess: (_result, { articleId }) => revalidatePath(`/articles/${articleId}`),
});

const upstreamCheckSchema = z.object({ articleId: z.string().min(1).max(40) });

/** Refetches the article's page and answers the word-level differences, if any. */
export const checkArticleUpstreamAction = defineAction(upstreamCheckSchema, (actor, { articleId }) =>
  checkArticleUpstream({ actor, articleId }),
);
