"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { AppError, toActionResult, type ActionResult } from "@/lib/errors";
import { decodeUpload, formatFromFileName, MAX_IMPORT_BYTES, prepareImport } from "@/lib/import";
import { importArticle } from "@/lib/server/articles/import-article";
import { correctArticle } from "@/lib/server/articles/correct-article";
import { updateArticleDetails } from "@/lib/server/articles/update-article-details";
import { correctArticleSchema } from "@/lib/validation/correction";
import { articleDetailsSchema, articleMetadataSchema } from "@/lib/validation/article";

export type ImportState = (ActionResult<{ id: string }> & { fields?: Record<string, string> }) | null;

const METADATA_FIELDS = ["title", "byline", "publisher", "sourceUrl", "publishedOn", "language"] as const;

export async function importArticleAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  const fields = Object.fromEntries(METADATA_FIELDS.map((name) => [name, String(form.get(name) ?? "")]));
  const result = await toActionResult(async () => {
    const actor = await requireActor();
    const metadata = articleMetadataSchema.safeParse({ ...fields, language: fields.language || undefined });
    if (!metadata.success) {
      throw new AppError("INVALID", metadata.error.issues[0]?.message ?? "Check the article details.", {
        fieldErrors: metadata.error.flatten().fieldErrors,
      });
    }
    const source = await readSource(form);
    const prepared = prepareImport({ ...source, title: metadata.data.title });
    if (!prepared.ok) throw new AppError("INVALID", prepared.error.message, { reason: prepared.error.code });
    return importArticle({ actor, prepared, metadata: metadata.data });
  });
  if (!result.ok)
    return { ...result, fields: { ...fields, content: form.get("mode") === "paste" ? String(form.get("content") ?? "") : "" } };
  revalidatePath("/");
  redirect(`/articles/${result.data.id}`);
}

async function readSource(form: FormData) {
  if (form.get("mode") === "file") {
    const file = form.get("file");
    if (!(file instanceof File) || !file.name) throw new AppError("INVALID", "Choose a .txt, .md or .html file to upload.");
    const format = formatFromFileName(file.name);
    if (!format) throw new AppError("INVALID", `“${file.name}” is not a .txt, .md or .html file.`, { reason: "UNSUPPORTED_TYPE" });
    if (file.size > MAX_IMPORT_BYTES) {
      throw new AppError("INVALID", `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB.`, { reason: "TOO_LARGE" });
    }
    const decoded = decodeUpload(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) throw new AppError("INVALID", decoded.error.message, { reason: decoded.error.code });
    return { content: decoded.text, format };
  }
  const content = String(form.get("content") ?? "");
  if (!content.trim()) throw new AppError("INVALID", "Paste the article text, or choose a file.", { reason: "EMPTY" });
  if (Buffer.byteLength(content, "utf8") > MAX_IMPORT_BYTES)
    throw new AppError("INVALID", "The pasted text is over the 2 MB limit.", { reason: "TOO_LARGE" });
  return { content, format: "text" as const };
}

export type CorrectionState = (ActionResult<unknown> & { text?: string }) | null;

export async function correctArticleAction(_prev: CorrectionState, form: FormData): Promise<CorrectionState> {
  const articleId = String(form.get("articleId") ?? "");
  const result = await toActionResult(async () => {
    const actor = await requireActor();
    const parsed = correctArticleSchema.safeParse({
      articleId,
      revision: Number(form.get("revision")),
      text: String(form.get("text") ?? ""),
    });
    if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "Check the corrected text.");
    return correctArticle({ actor, input: parsed.data });
  });
  // The submitted text goes back to the form, which React resets after the action: nothing typed is lost.
  if (!result.ok) return { ...result, text: String(form.get("text") ?? "") };
  revalidatePath(`/articles/${articleId}`);
  redirect(`/articles/${articleId}?corrected=${result.data.reanchored}-${result.data.orphaned}`);
}

export type DetailsState = (ActionResult<unknown> & { fields?: Record<string, string> }) | null;

export async function updateArticleDetailsAction(_prev: DetailsState, form: FormData): Promise<DetailsState> {
  const articleId = String(form.get("articleId") ?? "");
  const fields = Object.fromEntries(METADATA_FIELDS.map((name) => [name, String(form.get(name) ?? "")]));
  const result = await toActionResult(async () => {
    const actor = await requireActor();
    const parsed = articleDetailsSchema.safeParse({ ...fields, language: fields.language || undefined });
    if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "Check the details.");
    return updateArticleDetails({ actor, articleId, details: parsed.data });
  });
  if (result.ok) revalidatePath(`/articles/${articleId}`);
  return { ...result, fields };
}
