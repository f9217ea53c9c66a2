import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { LibraryStats } from "@/lib/fact-checks/ranking/bm25f";
import { Prisma } from "@/lib/generated/prisma/client";

type Queryable = Pick<Db | Tx, "$executeRaw">;

// Totals kept in the same table under keys no lexeme can have (lexemes never contain a space):
// the number of entries, and the lexemes of each field, for BM25's average lengths.
const DOCUMENTS = " documents";
const CLAIM_LEXEMES = " weight A";
const HEADLINE_LEXEMES = " weight B";

/**
 * Document frequencies of the library's lexemes (FactCheckTerm): the IDF that ranking needs and
 * PostgreSQL's own rank lacks. Kept by statements beside each change of the library, in the same
 * transaction: take a row's terms out before it changes (or goes), put them back after.
 */
export async function removeFactCheckTerms(db: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.$executeRaw`
    UPDATE "FactCheckTerm" t SET docs = t.docs - s.docs
    FROM (${termCounts(ids)}) s
    WHERE t.term = s.term`;
}

export async function addFactCheckTerms(db: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  // Sorted so that two transactions adding overlapping terms take the row locks in the same order.
  await db.$executeRaw`
    INSERT INTO "FactCheckTerm" (term, docs)
    SELECT term, docs FROM (${termCounts(ids)}) s ORDER BY term
    ON CONFLICT (term) DO UPDATE SET docs = "FactCheckTerm".docs + excluded.docs`;
}

/** Recounts every term from the vectors themselves: for repairs and after bulk changes made by hand. */
export async function recountFactCheckTerms(db: Pick<Db, "$transaction">): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`LOCK TABLE "FactCheckTerm" IN EXCLUSIVE MODE`;
    await tx.$executeRaw`DELETE FROM "FactCheckTerm"`;
    await tx.$executeRaw`
      INSERT INTO "FactCheckTerm" (term, docs)
      SELECT term, docs FROM (${termCounts(null)}) s`;
  });
}

/** The totals BM25 needs, read from the kept rows. */
export async function readLibraryStats(db: Pick<Db | Tx, "$queryRaw">): Promise<LibraryStats> {
  const rows = await db.$queryRaw<{ term: string; docs: number }[]>`
    SELECT term, docs FROM "FactCheckTerm" WHERE term IN (${DOCUMENTS}, ${CLAIM_LEXEMES}, ${HEADLINE_LEXEMES})`;
  const total = (term: string) => rows.find((row) => row.term === term)?.docs ?? 0;
  const documents = total(DOCUMENTS);
  return {
    documents,
    averageClaimLength: documents > 0 ? total(CLAIM_LEXEMES) / documents : 0,
    averageHeadlineLength: documents > 0 ? total(HEADLINE_LEXEMES) / documents : 0,
  };
}

function termCounts(ids: readonly string[] | null) {
  const rows = ids === null ? Prisma.sql`TRUE` : Prisma.sql`f.id = ANY(${ids as string[]})`;
  return Prisma.sql`
    SELECT lexeme AS term, count(*)::int AS docs
    FROM "FactCheck" f, unnest(f."searchVector") AS u(lexeme, positions, weights)
    WHERE ${rows} GROUP BY lexeme
    UNION ALL
    SELECT ${DOCUMENTS}, count(*)::int FROM "FactCheck" f WHERE ${rows}
    UNION ALL
    SELECT ' weight ' || w, count(*)::int
    FROM "FactCheck" f, unnest(f."searchVector") AS u(lexeme, positions, weights), unnest(u.weights) AS w
    WHERE ${rows} AND w IN ('A', 'B') GROUP BY w`;
}
