import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { FeedStop, type FeedEvent } from "@/lib/fact-checks/feed/feed-event";
import { openFactCheckFeed } from "@/lib/fact-checks/feed/open-feed";
import { MAX_LISTED_REFUSALS, type ImportProgress, type ImportSummary } from "@/lib/fact-checks/import-summary";
import { canManageFactCheckLibrary, LIBRARY_REFUSAL } from "@/lib/policies/fact-checks";
import { recordAudit } from "@/lib/server/audit";
import type { LibraryEntry } from "@/lib/validation/fact-check";
import { writeFactCheckBatch } from "./write-fact-check-batch";

/** Rows per statement (and per transaction): large enough to be fast, small enough to hold no lock for long. */
export const IMPORT_BATCH_SIZE = 500;
const PROGRESS_EVERY = 500;

export type ImportFactChecksOptions = {
  actor: Actor;
  /** The feed's bytes as they arrive (a file stream, an upload's body). */
  bytes: AsyncIterable<Uint8Array>;
  /** Where it comes from, for the audit trail: a file name or a web address. */
  source: string;
  /** The file's name, a hint to its format. */
  fileName?: string;
  totalBytes?: number | null;
  onProgress?: (progress: ImportProgress) => void;
};

/**
 * Imports a feed of published fact-checks into the library: read as a stream, written in batches
 * of IMPORT_BATCH_SIZE rows (each its own transaction, with the term statistics of the rows it
 * writes), deduplicated by (url, claim). A bad item is refused with its position and the rest
 * land; a feed that cannot be read on stops there and keeps what came before. One audit event
 * records the import, with the last batch.
 */
export async function importFactChecks(options: ImportFactChecksOptions): Promise<ImportSummary> {
  const { actor } = options;
  if (!canManageFactCheckLibrary(actor)) throw new AppError("FORBIDDEN", LIBRARY_REFUSAL);
  const counter = { bytes: 0 };
  const summary: ImportSummary = {
    format: null,
    bytes: 0,
    totalBytes: options.totalBytes ?? null,
    items: 0,
    added: 0,
    updated: 0,
    duplicates: 0,
    refused: 0,
    refusals: [],
    stopped: null,
    notices: [],
  };
  const report = () => options.onProgress?.({ ...progressOf(summary), bytes: counter.bytes });
  let batch: LibraryEntry[] = [];
  const write = async (entries: LibraryEntry[], isLast: boolean) => {
    summary.bytes = counter.bytes;
    await getDb().$transaction(async (tx) => {
      if (entries.length > 0) {
        const counts = await writeFactCheckBatch(tx, entries, actor.id);
        summary.added += counts.added;
        summary.updated += counts.updated;
        summary.duplicates += counts.duplicates;
      }
      if (isLast) await recordImport(tx, actor, options.source, summary);
    });
    report();
  };

  try {
    const feed = await openFactCheckFeed(options.bytes, { fileName: options.fileName, counter });
    summary.format = feed.format;
    summary.notices = feed.notices;
    for await (const event of feed.events) {
      summary.items++;
      if (event.type === "refused") refuse(summary, event);
      else batch.push(event.entry);
      if (batch.length >= IMPORT_BATCH_SIZE) {
        await write(batch, false);
        batch = [];
      } else if (summary.items % PROGRESS_EVERY === 0) report();
    }
  } catch (error) {
    if (!(error instanceof FeedStop)) throw error;
    summary.stopped = error.message;
  }
  if (summary.items === 0 && !summary.stopped) summary.notices.push("The feed holds no items: nothing was imported.");
  await write(batch, true);
  return summary;
}

function refuse(summary: ImportSummary, event: Extract<FeedEvent, { type: "refused" }>) {
  summary.refused++;
  if (summary.refusals.length < MAX_LISTED_REFUSALS) summary.refusals.push({ position: event.position, reason: event.reason });
}

function progressOf(summary: ImportSummary): ImportProgress {
  const { bytes, totalBytes, items, added, updated, duplicates, refused } = summary;
  return { bytes, totalBytes, items, added, updated, duplicates, refused };
}

/** One event per import (the library has no article: it joins the chain of events without one). */
async function recordImport(tx: Parameters<typeof recordAudit>[0], actor: Actor, source: string, summary: ImportSummary) {
  await recordAudit(tx, {
    actorId: actor.id,
    action: "factChecks.imported",
    entityType: "FactCheckImport",
    entityId: randomUUID(),
    after: {
      source: source.slice(0, 500),
      format: summary.format,
      bytes: summary.bytes,
      items: summary.items,
      added: summary.added,
      updated: summary.updated,
      duplicates: summary.duplicates,
      refused: summary.refused,
      stopped: summary.stopped,
    },
  });
}
