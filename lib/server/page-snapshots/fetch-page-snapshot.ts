import "server-only";
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { fetchAllowHosts } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { prepareImport, type PreparedImport } from "@/lib/import";
import { fetchPage, MAX_PAGE_BYTES } from "@/lib/import/web/fetch-page";

export type FetchPageSnapshotOptions = { actor: Actor; url: string; articleId?: string | null };

/**
 * Fetches a page (SSRF-guarded), extracts its article in the parse worker and keeps the page's
 * bytes, gzip-compressed with their SHA-256 and the time, as the record of what was checked.
 * Refusals are INVALID errors on the "url" field, worded for the person who typed it.
 */
export async function fetchPageSnapshot({ actor, url, articleId = null }: FetchPageSnapshotOptions) {
  const fetched = await fetchPage(url, { allowHosts: fetchAllowHosts() });
  if (!fetched.ok) throw new AppError("INVALID", fetched.error.message, { reason: fetched.error.code, field: "url" });
  const prepared = await prepareImport({
    content: fetched.html,
    format: "html",
    pageUrl: fetched.finalUrl,
    maxContentBytes: MAX_PAGE_BYTES,
  });
  if (!prepared.ok) throw new AppError("INVALID", prepared.error.message, { reason: prepared.error.code, field: "url" });

  const snapshot = await getDb().pageSnapshot.create({
    data: {
      articleId,
      requestedUrl: fetched.requestedUrl,
      finalUrl: fetched.finalUrl,
      contentType: fetched.contentType,
      gzippedBody: gzipSync(fetched.body),
      byteLength: fetched.body.length,
      sha256: createHash("sha256").update(fetched.body).digest("hex"),
      fetchedById: actor.id,
    },
    select: { id: true, finalUrl: true, fetchedAt: true, sha256: true },
  });
  return { snapshot, prepared: prepared satisfies PreparedImport };
}
