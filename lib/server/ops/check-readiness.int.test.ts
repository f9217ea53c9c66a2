import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { checkReadiness, MIGRATION_ROWS_SQL, toMigrationRow, type MigrationRecord } from "@/lib/server/ops/check-readiness";

const shipped = fs
  .readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
let owner: pg.Client;

beforeAll(async () => {
  assertTestDatabase();
  owner = new pg.Client({ connectionString: process.env.FACTMARK_TEST_OWNER_URL ?? process.env.DATABASE_URL });
  await owner.connect();
});
afterAll(async () => {
  await owner.end();
});

/** Changes the migration history in a transaction that is rolled back, and checks readiness as the database then is. */
async function readinessAfter(change: string) {
  await owner.query("BEGIN");
  try {
    await owner.query(change);
    return await checkReadiness({
      readRows: async () => (await owner.query<MigrationRecord>(MIGRATION_ROWS_SQL)).rows.map(toMigrationRow),
    });
  } finally {
    await owner.query("ROLLBACK");
  }
}

describe("checkReadiness", () => {
  it("finds the freshly migrated test database ready, read as the app's own role", async () => {
    expect(shipped.length).toBeGreaterThan(0);
    expect(await checkReadiness()).toEqual({ isReady: true });
  });

  it("is not ready when this build ships a migration the database has not applied", async () => {
    const readiness = await checkReadiness({ expected: [...shipped, "29991231000000_not_yet"] });
    expect(readiness).toEqual({ isReady: false, problems: ["1 migration(s) not applied: 29991231000000_not_yet."] });
  });

  it("is not ready when the row of an applied migration is missing", async () => {
    const newest = shipped.at(-1)!;
    expect(await readinessAfter(`DELETE FROM "_prisma_migrations" WHERE migration_name = '${newest}'`)).toEqual({
      isReady: false,
      problems: [`1 migration(s) not applied: ${newest}.`],
    });
  });

  it("is not ready when a migration started and failed", async () => {
    const newest = shipped.at(-1)!;
    expect(await readinessAfter(`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = '${newest}'`)).toEqual({
      isReady: false,
      problems: [`Migration ${newest} started but did not finish.`],
    });
  });

  it("says so when the database was never migrated", async () => {
    const readiness = await readinessAfter(`DROP TABLE "_prisma_migrations"`);
    expect(readiness.isReady).toBe(false);
    expect(JSON.stringify(readiness)).toContain("never been migrated");
  });

  it("tells the cause from Prisma's errors too: no history table, or a role without the grant", async () => {
    const missing = await checkReadiness({ readRows: () => getDb().$queryRawUnsafe(`SELECT 1 FROM "_prisma_migrations_gone"`) });
    expect(JSON.stringify(missing)).toContain("never been migrated");
    if (process.env.FACTMARK_TEST_OWNER_URL && process.env.FACTMARK_TEST_OWNER_URL !== process.env.DATABASE_URL) {
      // The app's role may read three columns of the history, not all of it.
      const refused = await checkReadiness({ readRows: () => getDb().$queryRawUnsafe(`SELECT * FROM "_prisma_migrations"`) });
      expect(JSON.stringify(refused)).toContain("may not read the migration history");
    }
  });

  it("is not ready, and does not wait for ever, when the database does not answer", async () => {
    const silent = await checkReadiness({ readRows: () => new Promise(() => {}), timeoutMs: 50 });
    expect(silent).toEqual({ isReady: false, problems: ["The database did not answer within 50 ms."] });
    const unreachable = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:1/none" });
    const refused = await checkReadiness({ readRows: async () => (await unreachable.connect(), []) });
    expect(refused).toEqual({ isReady: false, problems: ["The database does not answer."] });
  });
});
