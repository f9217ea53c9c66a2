import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { LibraryListEntry } from "@/lib/fact-checks/library-list";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canManageFactCheckLibrary, LIBRARY_REFUSAL } from "@/lib/policies/fact-checks";
import type { FactCheckListQuery } from "@/lib/validation/fact-check";

export const LIBRARY_PAGE_SIZE = 50;

type Cursor = { createdAt: Date; id: string };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt.toISOString(), cursor.id])).toString("base64url");
}

function decodeCursor(value: string): Cursor {
  const invalid = new AppError("INVALID", "That page link is not valid: start again from the first page.", { field: "after" });
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === "string" && typeof parsed[1] === "string") {
      const createdAt = new Date(parsed[0]);
      if (!Number.isNaN(createdAt.getTime()) && parsed[1].length <= 64) return { createdAt, id: parsed[1] };
    }
  } catch {
    // Falls through to the refusal.
  }
  throw invalid;
}

/**
 * The library for its page: newest first (when an entry joined the library), by keyset on
 * (createdAt, id), all entries or one publisher's, imported ones or the desk's own.
 */
export async function listFactChecks({
  actor,
  query,
}: {
  actor: Actor;
  query: FactCheckListQuery;
}): Promise<{ entries: LibraryListEntry[]; nextCursor: string | null }> {
  if (!canManageFactCheckLibrary(actor)) throw new AppError("FORBIDDEN", LIBRARY_REFUSAL);
  const after = query.after ? decodeCursor(query.after) : null;
  const where: Prisma.FactCheckWhereInput = {
    ...(query.publisher ? { publisherName: query.publisher } : {}),
    ...(query.origin ? { origin: query.origin === "desk" ? "DESK" : "LIBRARY" } : {}),
    ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
  };
  const rows = await getDb().factCheck.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIBRARY_PAGE_SIZE + 1,
    select: {
      id: true,
      origin: true,
      url: true,
      claimReviewed: true,
      headline: true,
      ratingName: true,
      publisherName: true,
      datePublished: true,
      language: true,
      createdAt: true,
    },
  });
  const page = rows.slice(0, LIBRARY_PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    entries: page.map((row) => ({
      id: row.id,
      origin: row.origin === "DESK" ? "desk" : "library",
      url: row.url,
      claimReviewed: row.claimReviewed,
      headline: row.headline,
      ratingName: row.ratingName,
      publisherName: row.publisherName,
      datePublished: row.datePublished ? row.datePublished.toISOString().slice(0, 10) : null,
      language: row.language,
      addedAt: row.createdAt.toISOString(),
    })),
    nextCursor: rows.length > LIBRARY_PAGE_SIZE && last ? encodeCursor(last) : null,
  };
}

/** The publishers in the library, for the page's filter: at most 200, most entries first. */
export async function listLibraryPublishers({ actor }: { actor: Actor }): Promise<string[]> {
  if (!canManageFactCheckLibrary(actor)) throw new AppError("FORBIDDEN", LIBRARY_REFUSAL);
  const rows = await getDb().factCheck.groupBy({
    by: ["publisherName"],
    where: { publisherName: { not: null } },
    _count: { _all: true },
    orderBy: { _count: { publisherName: "desc" } },
    take: 200,
  });
  return rows.flatMap((row) => (row.publisherName ? [row.publisherName] : []));
}
