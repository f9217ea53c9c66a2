import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LibraryEntry } from "@/lib/validation/fact-check";
import { addFactCheckTerms, removeFactCheckTerms } from "./term-stats";

export type BatchCounts = { added: number; updated: number; duplicates: number };

const keyOf = (entry: Pick<LibraryEntry, "url" | "claimKey">) => `${entry.url}\n${entry.claimKey}`;

/** The batch's entries as one row set of typed arrays (one parameter per column, whatever the batch size). */
function rowsOf(entries: LibraryEntry[], ids?: string[]): Prisma.Sql {
  const column = <K extends keyof LibraryEntry>(key: K) => entries.map((entry) => entry[key]);
  return Prisma.sql`unnest(
    ${ids ?? entries.map(() => "")}::text[], ${column("url")}::text[], ${column("claimKey")}::text[], ${column("claimReviewed")}::text[],
    ${column("headline")}::text[], ${column("ratingName")}::text[], ${column("ratingValue")}::float8[], ${column("bestRating")}::float8[],
    ${column("worstRating")}::float8[], ${column("publisherName")}::text[], ${column("publisherUrl")}::text[],
    ${column("datePublished")}::date[], ${column("language")}::text[], ${column("claimAuthor")}::text[], ${column("claimDate")}::date[],
    ${column("appearanceUrl")}::text[]
  ) AS n(id, url, "claimKey", "claimReviewed", headline, "ratingName", "ratingValue", "bestRating", "worstRating", "publisherName",
         "publisherUrl", "datePublished", language, "claimAuthor", "claimDate", "appearanceUrl")`;
}

const CONTENT = Prisma.raw(
  `"claimReviewed", headline, "ratingName", "ratingValue", "bestRating", "worstRating", "publisherName", "publisherUrl", "datePublished", language, "claimAuthor", "claimDate", "appearanceUrl"`,
);

let sequence = 0;

/**
 * An id that sorts by creation: a time prefix, then a counter, then randomness. Rows of one batch
 * share their createdAt, so the library's "newest first" (createdAt, id) lists a feed's later
 * items first, as if added one by one.
 */
function libraryEntryId(): string {
  sequence = (sequence + 1) % 36 ** 4;
  return `fc${Date.now().toString(36).padStart(9, "0")}${sequence.toString(36).padStart(4, "0")}${randomBytes(4).toString("hex")}`;
}

type Existing = { id: string; url: string; claimKey: string; origin: "LIBRARY" | "DESK"; changed: boolean };

/**
 * Writes one batch of library entries in the caller's transaction, keyed by (url, claimKey): new
 * ones are added, existing ones updated when something changed, the rest counted as duplicates
 * (as is an entry met twice in the batch, and one that matches a desk entry, which an import
 * never overwrites). The terms' document counts move with every row written (term-stats.ts).
 * Rows are locked in key order, so two imports of overlapping feeds wait rather than deadlock.
 */
export async function writeFactCheckBatch(tx: Tx, entries: readonly LibraryEntry[], importedById: string): Promise<BatchCounts> {
  const counts: BatchCounts = { added: 0, updated: 0, duplicates: 0 };
  const unique = new Map<string, LibraryEntry>();
  // Ids are handed out in the feed's order (before the sort below), so they sort as the feed runs.
  const newIds = new Map<string, string>();
  for (const entry of entries) {
    if (unique.has(keyOf(entry))) counts.duplicates++;
    else {
      unique.set(keyOf(entry), entry);
      newIds.set(keyOf(entry), libraryEntryId());
    }
  }
  let pending = [...unique.values()].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const written: string[] = [];
  // A key another import adds between the look-up and the insert is looked up again: twice at most.
  for (let round = 0; pending.length > 0 && round < 3; round++) {
    const existing = await tx.$queryRaw<Existing[]>`
      SELECT f.id, f.url, f."claimKey", f.origin::text AS origin,
             (f."claimReviewed", f.headline, f."ratingName", f."ratingValue", f."bestRating", f."worstRating", f."publisherName",
              f."publisherUrl", f."datePublished", f.language, f."claimAuthor", f."claimDate", f."appearanceUrl")
             IS DISTINCT FROM
             (n."claimReviewed", n.headline, n."ratingName", n."ratingValue", n."bestRating", n."worstRating", n."publisherName",
              n."publisherUrl", n."datePublished", n.language, n."claimAuthor", n."claimDate", n."appearanceUrl") AS changed
      FROM ${rowsOf(pending)} JOIN "FactCheck" f ON f.url = n.url AND f."claimKey" = n."claimKey"
      ORDER BY f.url, f."claimKey"
      FOR UPDATE OF f`;
    const found = new Map(existing.map((row) => [keyOf(row), row]));
    const changed = pending.flatMap((entry) => {
      const row = found.get(keyOf(entry));
      return row && row.origin === "LIBRARY" && row.changed ? [{ entry, id: row.id }] : [];
    });
    counts.duplicates += existing.length - changed.length;
    if (changed.length > 0) {
      const ids = changed.map((change) => change.id);
      // The terms these rows count, and the totals kept beside them (keys with a space, which no
      // lexeme has), locked in term order first: removeFactCheckTerms' UPDATE takes them in no set
      // order, which could deadlock against another import, or addFactCheckTerms, doing the same.
      await tx.$queryRaw`
        SELECT 1 FROM "FactCheckTerm" WHERE position(' ' in term) > 0 OR term IN (
          SELECT DISTINCT u.lexeme FROM "FactCheck" f, unnest(f."searchVector") AS u(lexeme, positions, weights) WHERE f.id = ANY(${ids}::text[])
        ) ORDER BY term FOR UPDATE`;
      await removeFactCheckTerms(tx, ids);
      await tx.$executeRaw`
        UPDATE "FactCheck" f SET (${CONTENT}, "updatedAt") = (
          n."claimReviewed", n.headline, n."ratingName", n."ratingValue", n."bestRating", n."worstRating", n."publisherName",
          n."publisherUrl", n."datePublished", n.language, n."claimAuthor", n."claimDate", n."appearanceUrl", now())
        FROM ${rowsOf(
          changed.map((change) => change.entry),
          ids,
        )}
        WHERE f.id = n.id`;
      written.push(...ids);
      counts.updated += ids.length;
    }
    const fresh = pending.filter((entry) => !found.has(keyOf(entry)));
    pending = fresh;
    if (fresh.length === 0) break;
    const inserted = await tx.$queryRaw<{ id: string; url: string; claimKey: string }[]>`
      INSERT INTO "FactCheck" (id, origin, url, "claimKey", ${CONTENT}, "importedById", "createdAt", "updatedAt")
      SELECT n.id, 'LIBRARY', n.url, n."claimKey", n."claimReviewed", n.headline, n."ratingName", n."ratingValue", n."bestRating",
             n."worstRating", n."publisherName", n."publisherUrl", n."datePublished", n.language, n."claimAuthor", n."claimDate",
             n."appearanceUrl", ${importedById}, now(), now()
      FROM ${rowsOf(
        fresh,
        fresh.map((entry) => newIds.get(keyOf(entry))!),
      )}
      ON CONFLICT (url, "claimKey") DO NOTHING
      RETURNING id, url, "claimKey"`;
    written.push(...inserted.map((row) => row.id));
    counts.added += inserted.length;
    const landed = new Set(inserted.map(keyOf));
    pending = fresh.filter((entry) => !landed.has(keyOf(entry)));
  }
  // Still pending after three rounds: rows that keep appearing under us are someone else's import of the same feed.
  counts.duplicates += pending.length;
  await addFactCheckTerms(tx, written);
  return counts;
}
