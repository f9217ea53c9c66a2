// The app connects as a role that reads and writes rows and nothing more (scripts/db/app-role.ts):
// whoever takes over the app cannot rewrite or erase the audit trail, nor change the schema.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertTestDatabase } from "@/lib/test/database";

const appUrl = process.env.DATABASE_URL!;
const ownerUrl = process.env.FACTMARK_TEST_OWNER_URL ?? appUrl;
let app: pg.Client;

beforeAll(async () => {
  assertTestDatabase();
  app = new pg.Client({ connectionString: appUrl });
  await app.connect();
});
afterAll(async () => {
  await app.end();
});

async function refusal(sql: string): Promise<string> {
  await app.query("BEGIN");
  try {
    await app.query(sql);
    return "allowed";
  } catch (error) {
    return (error as { code?: string }).code ?? "error";
  } finally {
    await app.query("ROLLBACK");
  }
}

// Skipped only on the embedded PGlite fallback of `npm test` (no DATABASE_URL): PGlite has a
// single superuser, so there is no second role to test. CI and every real server run it; in CI a
// missing app role fails these tests rather than skipping them.
describe.skipIf(ownerUrl === appUrl && !process.env.CI)("the app's database role", () => {
  it("is not the owner of the tables and not a superuser", async () => {
    const { rows } = await app.query(
      `SELECT current_user AS me, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS super,
              (SELECT tableowner FROM pg_tables WHERE tablename = 'AuditEvent') AS owner`,
    );
    expect(rows[0].super).toBe(false);
    expect(rows[0].owner).not.toBe(rows[0].me);
  });

  it("cannot truncate, update or delete the audit trail", async () => {
    expect(await refusal(`TRUNCATE "AuditEvent"`)).toBe("42501");
    expect(await refusal(`UPDATE "AuditEvent" SET action = 'forged' WHERE seq = 1`)).toBe("42501");
    expect(await refusal(`DELETE FROM "AuditEvent"`)).toBe("42501");
  });

  it("cannot disable or drop the append-only and chain triggers", async () => {
    expect(await refusal(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`)).toBe("42501");
    expect(await refusal(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).toBe("42501");
    expect(await refusal(`DROP TRIGGER "AuditEvent_chain" ON "AuditEvent"`)).toBe("42501");
    expect(await refusal(`SET session_replication_role = replica`)).toBe("42501");
  });

  it("cannot change the schema or the migration history", async () => {
    expect(await refusal(`CREATE TABLE "Sneaky" (id int)`)).toBe("42501");
    expect(await refusal(`DROP TABLE "Article"`)).toBe("42501");
    expect(await refusal(`ALTER TABLE "Article" ADD COLUMN sneaky int`)).toBe("42501");
    expect(await refusal(`SELECT * FROM "_prisma_migrations"`)).toBe("42501");
  });

  it("can still read rows and add to the audit trail, whose trigger chains the event", async () => {
    expect(await refusal(`SELECT count(*) FROM "Article"`)).toBe("allowed");
    await app.query("BEGIN");
    const { rows } = await app.query(
      `INSERT INTO "AuditEvent" ("actorId", action, "entityType", "entityId") VALUES (NULL, 'test.role', 'User', 'x') RETURNING seq, hash`,
    );
    await app.query("ROLLBACK");
    expect(rows[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
