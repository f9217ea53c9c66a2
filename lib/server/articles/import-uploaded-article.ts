import "server-only";
import { withPageMetadata } from "@/lib/articles/with-page-metadata";
import type { Actor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { decodeUpload, formatFromFileName, prepareImport } from "@/lib/import";
import { importArticle } from "@/lib/server/articles/import-article";
import type { ArticleMetadata } from "@/lib/validation/article";

/** What the import form sent as the article: an uploaded file (whatever the form field held), or pasted text. */
export type ArticleUpload = { mode: "file"; file: FormDataEntryValue | null } | { mode: "paste"; content: string };

export type ImportUploadedArticleOptions = { actor: Actor; metadata: ArticleMetadata; upload: ArticleUpload };

/** Imports a file or pasted text; `isFallback` says the article of an HTML page was found only by the fallback extractor. */
export async function importUploadedArticle({ actor, metadata, upload }: ImportUploadedArticleOptions) {
  const source = await readUpload(upload);
  const prepared = await prepareImport({ ...source, title: metadata.title });
  if (!prepared.ok) throw new AppError("INVALID", prepared.error.message, { reason: prepared.error.code, field: source.field });
  const article = await importArticle({ actor, prepared, metadata: withPageMetadata(metadata, prepared.metadata) });
  return { ...article, isFallback: prepared.extraction === "fallback" };
}

// Size, encoding and emptiness are lib/import's to judge; this only says where the text came from.
async function readUpload(upload: ArticleUpload) {
  if (upload.mode === "file") {
    const { file } = upload;
    if (!(file instanceof File) || !file.name)
      throw new AppError("INVALID", "Choose a .txt, .md or .html file to upload.", { field: "file" });
    const format = formatFromFileName(file.name);
    if (!format)
      throw new AppError("INVALID", `“${file.name}” is not a .txt, .md or .html file.`, { reason: "UNSUPPORTED_TYPE", field: "file" });
    const decoded = decodeUpload(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) throw new AppError("INVALID", decoded.error.message, { reason: decoded.error.code, field: "file" });
    return { content: decoded.text, format, field: "file" };
  }
  if (!upload.content.trim())
    throw new AppError("INVALID", "Paste the article text, or choose a file.", { reason: "EMPTY", field: "content" });
  return { content: upload.content, format: "text" as const, field: "content" };
}
