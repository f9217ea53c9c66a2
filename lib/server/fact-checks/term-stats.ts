import "server-only";
import type { Db, Tx } from "@/lib/db";

type Queryable = Pick<Db | Tx, "$executeRaw">;

/**
 * Document frequencies of the library's lexemes (FactCheckTerm): the IDF that ranking needs and
 * PostgreSQL's own rank lacks. Kept by statements beside each change of the library, in the same
 * transaction: take a row's terms out before it changes (or goes), put them back after.
 */
export async function removeFactCheckTerms(db: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.$executeRaw`
    UPDATE "FactCheckTerm" t SET docs = t.docs - s.docs
    FROM (
      SELECT lexeme AS term, count(*)::int AS docs
      FROM "FactCheck" f, unnest(f."searchVector") AS u(lexeme, positions, weights)
      WHERE f.id = ANY(${ids as string[]}) GROUP BY lexeme
    ) s
    WHERE t.term = s.term`;
}

export async function addFactCheckTerms(db: Queryable, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  // Sorted so that two transactions adding overlapping terms take the row locks in the same order.
  await db.$executeRaw`
    INSERT INTO "FactCheckTerm" (term, docs)
    SELECT lexeme, count(*)::int
    FROM "FactCheck" f, unnest(f."searchVector") AS u(lexeme, positions, weights)
    WHERE f.id = ANY(${ids as string[]})
    GROUP BY lexeme ORDER BY lexeme
    ON CONFLICT (term) DO UPDATE SET docs = "FactCheckTerm".docs + excluded.docs`;
}

/** Recounts every term from the vectors themselves: for repairs and after bulk changes made by hand. */
export async function recountFactCheckTerms(db: Pick<Db, "$transaction">): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`LOCK TABLE "FactCheckTerm" IN EXCLUSIVE MODE`;
    await tx.$executeRaw`DELETE FROM "FactCheckTerm"`;
    await tx.$executeRaw`
      INSERT INTO "FactCheckTerm" (term, docs)
      SELECT word, ndoc FROM ts_stat('SELECT "searchVector" FROM "FactCheck"')`;
  });
}
