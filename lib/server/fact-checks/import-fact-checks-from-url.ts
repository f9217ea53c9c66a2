import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { fetchAllowHosts } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { ImportProgress, ImportSummary } from "@/lib/fact-checks/import-summary";
import { fetchPage } from "@/lib/import/web/fetch-page";
import { canManageFactCheckLibrary, LIBRARY_REFUSAL } from "@/lib/policies/fact-checks";
import { importFactChecks } from "./import-fact-checks";

/** A feed fetched by address is held whole while it is read (the guarded fetch buffers it): larger ones go through a file. */
export const MAX_FEED_FETCH_BYTES = 50 * 1024 * 1024;

/**
 * Imports the fact-checks at a web address: a fact-check page (the ClaimReview JSON-LD in its
 * HTML) or a feed served as JSON, fetched through the SSRF-guarded fetcher. A fetch that fails is
 * refused with its reason, on the address field.
 */
export async function importFactChecksFromUrl({
  actor,
  url,
  onProgress,
}: {
  actor: Actor;
  url: string;
  onProgress?: (progress: ImportProgress) => void;
}): Promise<ImportSummary> {
  if (!canManageFactCheckLibrary(actor)) throw new AppError("FORBIDDEN", LIBRARY_REFUSAL);
  const page = await fetchPage(url, { allowHosts: fetchAllowHosts(), accept: "html-or-json", maxBytes: MAX_FEED_FETCH_BYTES });
  if (!page.ok) {
    const message =
      page.error.code === "TOO_LARGE"
        ? `The feed at this address is larger than ${MAX_FEED_FETCH_BYTES / 1024 / 1024} MB: download it and import the file instead.`
        : page.error.message;
    throw new AppError("INVALID", message, { field: "url", reason: page.error.code });
  }
  // A page is decoded with the charset it declares (fetchPage did); JSON is UTF-8 by definition.
  const body = /json/.test(page.contentType) ? page.body : Buffer.from(page.html, "utf8");
  return importFactChecks({
    actor,
    source: page.finalUrl,
    // The page's own path (…/feed.csv) hints at its format the way a file name does.
    fileName: new URL(page.finalUrl).pathname,
    totalBytes: body.length,
    bytes: (async function* () {
      for (let at = 0; at < body.length; at += 64 * 1024) yield body.subarray(at, at + 64 * 1024);
    })(),
    onProgress,
  });
}
