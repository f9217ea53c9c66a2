"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineAction, defineFormAction } from "@/lib/actions/define-action";
import { correctArticle } from "@/lib/server/articles/correct-article";
import { checkArticleUpstream } from "@/lib/server/articles/check-article-upstream";
import { importFetchedPage } from "@/lib/server/articles/import-fetched-page";
import { importUploadedArticle } from "@/lib/server/articles/import-uploaded-article";
import { previewWebImport } from "@/lib/server/articles/preview-web-import";
import { updateArticleDetails } from "@/lib/server/articles/update-article-details";
import { checkArticleUpstreamSchema, importArticleSchema, updateArticleDetailsSchema, webImportSchema } from "@/lib/validation/article";
import { correctArticleSchema, correctionSummaryParam } from "@/lib/validation/correction";

const METADATA_FIELDS = ["title", "byline", "publisher", "sourceUrl", "canonicalUrl", "publishedOn", "language"] as const;

function readFields<const Names extends readonly string[]>(form: FormData, names: Names) {
  return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? "")])) as Record<Names[number], string>;
}

const readMetadata = (form: FormData) => {
  const values = readFields(form, METADATA_FIELDS);
  return { ...values, language: values.language || undefined };
};

export const importArticleAction = defineFormAction({
  schema: importArticleSchema,
  read: (form) => {
    const values = readFields(form, [...METADATA_FIELDS, "mode", "content", "url", "snapshotId"]);
    return {
      raw: { mode: values.mode, metadata: readMetadata(form), snapshotId: values.snapshotId || undefined },
      values: { ...values, content: values.mode === "paste" ? values.content : "" },
    };
  },
  run: (actor, { mode, metadata, snapshotId }, form) => {
    if (mode === "url") return importFetchedPage({ actor, metadata, snapshotId });
    const upload = mode === "file" ? { mode, file: form.get("file") } : { mode, content: String(form.get("content") ?? "") };
    return importUploadedArticle({ actor, metadata, upload });
  },
  onSuccess: (article) => {
    revalidatePath("/");
    // An HTML page whose article only the fallback extractor found: the article page asks for a check.
    redirect(`/articles/${article.id}${article.isFallback ? "?imported=fallback" : ""}`);
  },
});

/** Step one of an import from the web: fetch, extract and snapshot the page; the form is prefilled from the answer. */
export const previewWebImportAction = defineAction(webImportSchema, (actor, { url }) => previewWebImport({ actor, url }));

export const correctArticleAction = defineFormAction({
  schema: correctArticleSchema,
  read: (form) => {
    const values = readFields(form, ["articleId", "revision", "text"]);
    return { raw: { ...values, revision: Number(values.revision) }, values };
  },
  run: (actor, input) => correctArticle({ actor, input }),
  onSuccess: (result, input) => {
    revalidatePath(`/articles/${input.articleId}`);
    redirect(`/articles/${input.articleId}?corrected=${correctionSummaryParam(result)}`);
  },
});

export const updateArticleDetailsAction = defineFormAction({
  schema: updateArticleDetailsSchema,
  read: (form) => ({
    raw: { articleId: String(form.get("articleId") ?? ""), details: readMetadata(form) },
    values: readFields(form, METADATA_FIELDS),
  }),
  run: (actor, { articleId, details }) => updateArticleDetails({ actor, articleId, details }),
  onSuccess: (_result, { articleId }) => revalidatePath(`/articles/${articleId}`),
});

/** Refetches the article's page and answers the word-level differences, if any. */
export const checkArticleUpstreamAction = defineAction(checkArticleUpstreamSchema, (actor, { articleId }) =>
  checkArticleUpstream({ actor, articleId }),
);
