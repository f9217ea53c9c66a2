import "server-only";
import { gunzipSync } from "node:zlib";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { prepareImport } from "@/lib/import";
import { decodeHtml, MAX_PAGE_BYTES } from "@/lib/import/web/fetch-page";

/**
 * The article text of a page this actor fetched and has not imported yet, extracted again from
 * the stored snapshot: what is saved is exactly what the fetch showed, never text sent back by
 * the browser.
 */
export async function prepareSnapshotImport({ actor, snapshotId, title }: { actor: Actor; snapshotId: string; title?: string | null }) {
  const snapshot = await getDb().pageSnapshot.findFirst({
    where: { id: snapshotId, fetchedById: actor.id, articleId: null },
    select: { gzippedBody: true, finalUrl: true, contentType: true },
  });
  if (!snapshot)
    throw new AppError("NOT_FOUND", "That fetched page is no longer waiting to be imported. Fetch it again.", { field: "url" });
  const html = decodeHtml(gunzipSync(snapshot.gzippedBody), snapshot.contentType);
  const prepared = await prepareImport({
    content: html,
    format: "html",
    pageUrl: snapshot.finalUrl,
    title,
    maxContentBytes: MAX_PAGE_BYTES,
  });
  if (!prepared.ok) throw new AppError("INVALID", prepared.error.message, { reason: prepared.error.code, field: "url" });
  return prepared;
}
