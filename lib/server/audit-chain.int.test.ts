import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Tx } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { backendPid, waitForLockWaiters } from "@/lib/test/lock-waits";
import { createTestArticle, createTestUser } from "@/prisma/test-factories";
import { readChainHead, readSignOffHeads, verifyAuditChain } from "./audit-chain";
import type { Actor } from "@/lib/auth/session";

let editor: Actor;
beforeAll(async () => {
  assertTestDatabase();
  editor = await createTestUser("EDITOR");
});

/** An article of its own (importing it writes its first event) with `extra` more events. */
async function articleWithEvents(extra: number) {
  const article = await createTestArticle(editor);
  for (let step = 1; step <= extra; step++) {
    await getDb().$transaction((tx) => appendEvent(tx, article.id, step));
  }
  return article;
}

// Written as a row, not through recordAudit: "test.step" is no event of the app's (lib/audit), and the chain takes any row.
function appendEvent(tx: Tx, articleId: string, step: number) {
  return tx.auditEvent.create({
    data: {
      actorId: editor.id,
      action: "test.step",
      entityType: "Article",
      entityId: articleId,
      articleId,
      after: { step, note: `step ${step} — “quoted”` },
    },
  });
}

const chainOf = (articleId: string) => getDb().auditEvent.findMany({ where: { articleId }, orderBy: [{ seq: "asc" }, { id: "asc" }] });

function expectLinked(chain: Awaited<ReturnType<typeof chainOf>>) {
  expect(chain.map((e) => e.seq)).toEqual(chain.map((_, i) => i + 1));
  chain.forEach((event, i) => {
    expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(event.prevHash).toBe(i === 0 ? null : chain[i - 1]!.hash);
  });
  expect(new Set(chain.map((e) => e.hash)).size).toBe(chain.length);
}

/**
 * Changes rows behind the application's back, as the database superuser would: the append-only
 * trigger is disabled, the change made and the trigger enabled again in one transaction, so no
 * other test ever sees the table without it. `change` must touch only this test's article.
 */
async function tamper(change: (client: pg.Client) => Promise<void>) {
  // The owner's connection: the app's own role cannot touch the trigger (app-role.int.test.ts).
  const client = new pg.Client({ connectionString: process.env.FACTMARK_TEST_OWNER_URL ?? process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"');
    await change(client);
    await client.query('ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"');
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}

async function tamperOne(client: pg.Client, sql: string, articleId: string, seq: number) {
  const { rowCount } = await client.query(sql, [articleId, seq]);
  expect(rowCount).toBe(1);
}

describe("the audit chain", () => {
  it("numbers an article's events 1..n and links each to the previous event's hash, whatever the insert says", async () => {
    const article = await articleWithEvents(3);
    // Written directly, with made-up chain fields: the trigger overwrites them.
    await getDb().auditEvent.create({
      data: {
        action: "test.forged",
        entityType: "Article",
        entityId: article.id,
        articleId: article.id,
        seq: 99,
        prevHash: "x",
        hash: "y",
      },
    });
    const chain = await chainOf(article.id);
    expect(chain.map((e) => e.action)).toEqual(["article.imported", "test.step", "test.step", "test.step", "test.forged"]);
    expectLinked(chain);
    const head = await getDb().$transaction((tx) => readChainHead(tx, article.id));
    expect(head).toBe(chain.at(-1)!.hash);
  });

  it("stays gapless and linked when 20 transactions append to one chain at once", async () => {
    const article = await articleWithEvents(0);
    let appended = 0;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        getDb().$transaction(
          async (tx) => {
            await appendEvent(tx, article.id, i + 1);
            // Each keeps its transaction open until the next writer waits on its chain lock, so
            // every append but the last is met by another one while still uncommitted.
            if (++appended < 20) await waitForLockWaiters(await backendPid(tx));
          },
          { maxWait: 30_000, timeout: 15_000 },
        ),
      ),
    );
    const chain = await chainOf(article.id);
    expect(chain).toHaveLength(21);
    expectLinked(chain);
    expect(await verifyAuditChain(getDb(), { articleId: article.id })).toEqual({ ok: true, chains: 1, events: 21 });
  });

  it("readChainHead holds the chain: an append waits until the reading transaction ends, then links to that head", async () => {
    const article = await articleWithEvents(1);
    let appended = false;
    let appending: Promise<void> | undefined;
    const head = await getDb().$transaction(
      async (tx) => {
        const read = await readChainHead(tx, article.id);
        appending = getDb()
          .$transaction((other) => appendEvent(other, article.id, 2), { maxWait: 15_000, timeout: 15_000 })
          .then(() => void (appended = true));
        // PostgreSQL shows the append waiting on this transaction's chain lock: proof, not a pause.
        await waitForLockWaiters(await backendPid(tx));
        expect(appended).toBe(false);
        return read;
      },
      { timeout: 15_000 },
    );
    await appending;
    const chain = await chainOf(article.id);
    expect(chain).toHaveLength(3);
    expect(head).toBe(chain[1]!.hash);
    expect(chain[2]!.prevHash).toBe(head);
  });

  it("verifies an intact chain, and every chain in the database", async () => {
    const article = await articleWithEvents(2);
    expect(await verifyAuditChain(getDb(), { articleId: article.id })).toEqual({ ok: true, chains: 1, events: 3 });
    const all = await verifyAuditChain(getDb());
    expect(all).toMatchObject({ ok: true });
    expect(all.ok && all.chains).toBeGreaterThanOrEqual(1);
    expect(await verifyAuditChain(getDb(), { articleId: "no-such-article" })).toEqual({ ok: true, chains: 0, events: 0 });
  });

  it("names an event whose content was changed behind the application's back as the first broken link", async () => {
    const article = await articleWithEvents(4);
    const target = (await chainOf(article.id))[2]!;
    await tamper((client) =>
      tamperOne(
        client,
        `UPDATE "AuditEvent" SET "after" = '{"step": 2, "note": "rewritten"}' WHERE "articleId" = $1 AND "seq" = $2`,
        article.id,
        3,
      ),
    );
    expect(await verifyAuditChain(getDb(), { articleId: article.id })).toEqual({
      ok: false,
      broken: {
        articleId: article.id,
        seq: 3,
        eventId: String(target.id),
        reason: "hash-mismatch",
        detail: expect.stringContaining(target.hash),
      },
    });
  });

  it("names the event after a deleted one (a gap in seq)", async () => {
    const article = await articleWithEvents(3);
    const after = (await chainOf(article.id))[2]!;
    await tamper((client) => tamperOne(client, `DELETE FROM "AuditEvent" WHERE "articleId" = $1 AND "seq" = $2`, article.id, 2));
    expect(await verifyAuditChain(getDb(), { articleId: article.id })).toMatchObject({
      ok: false,
      broken: { articleId: article.id, seq: 3, eventId: String(after.id), reason: "seq-gap" },
    });
  });

  it("checks that each sign-off's chain head is an event of its article's chain", async () => {
    const article = await articleWithEvents(1);
    const other = await articleWithEvents(0);
    const signOff = (chainHead: string) =>
      getDb().articleSignOff.create({ data: { articleId: article.id, revision: 1, coverage: {}, chainHead, signedOffById: editor.id } });
    await signOff((await getDb().$transaction((tx) => readChainHead(tx, article.id)))!);
    await getDb().$transaction((tx) => appendEvent(tx, article.id, 2));
    let heads = await readSignOffHeads(getDb(), { articleId: article.id });
    expect(heads).toHaveLength(1);
    expect(await verifyAuditChain(getDb(), { articleId: article.id, expectedHeads: heads })).toEqual({ ok: true, chains: 1, events: 3 });

    // A head from another article's chain is not a head of this one.
    const foreign = await signOff((await getDb().$transaction((tx) => readChainHead(tx, other.id)))!);
    heads = await readSignOffHeads(getDb(), { articleId: article.id });
    expect(await verifyAuditChain(getDb(), { articleId: article.id, expectedHeads: heads })).toMatchObject({
      ok: false,
      broken: { articleId: article.id, seq: null, eventId: null, reason: "unknown-chain-head", signOffId: foreign.id },
    });
  });
});
