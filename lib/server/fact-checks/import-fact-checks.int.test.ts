import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { claimKey } from "@/lib/fact-checks/claim-key";
import { claimReviewNode, dataFeed } from "@/lib/fact-checks/test-support";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestAnnotation, createTestArticle, createTestUser } from "@/prisma/test-factories";
import { importFactChecks, IMPORT_BATCH_SIZE } from "./import-fact-checks";
import { readLibraryStats } from "./term-stats";

let editor: Actor;
let admin: Actor;
let reviewer: Actor;

beforeAll(async () => {
  assertTestDatabase();
  [editor, admin, reviewer] = await Promise.all([createTestUser("EDITOR"), createTestUser("ADMIN"), createTestUser("REVIEWER")]);
});

/** ClaimReviews under a host of this test's own, so files running in parallel never share a row. */
function feedOf(host: string, numbers: number[], overrides: (n: number) => Record<string, unknown> = () => ({})) {
  return numbers.map((n) =>
    claimReviewNode(n, {
      url: `https://${host}/reviews/${n}`,
      claimReviewed: `Claim ${n} from ${host}: bananas cure ${n % 7 === 0 ? "insomnia" : "hiccups"} in ${n} days`,
      ...overrides(n),
    }),
  );
}

function bytesOf(value: unknown, chunk = 4096): AsyncIterable<Uint8Array> {
  const bytes = Buffer.from(typeof value === "string" ? value : JSON.stringify(value));
  return (async function* () {
    for (let at = 0; at < bytes.length; at += chunk) yield bytes.subarray(at, at + chunk);
  })();
}

const run = (actor: Actor, value: unknown, fileName = "feed.json") =>
  importFactChecks({ actor, bytes: bytesOf(value), source: fileName, fileName });

/**
 * The library's term statistics equal a recount (recountFactCheckTerms' own query), in one snapshot:
 * each lexeme's document count, and the number of entries among the totals kept beside them.
 */
async function termsDisagreeingWithRecount(): Promise<number> {
  return getDb().$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ count: bigint; entries: bigint }[]>`
        SELECT (SELECT count(*) FROM (SELECT term, docs FROM "FactCheckTerm" WHERE docs > 0 AND position(' ' in term) = 0) t
                FULL JOIN ts_stat('SELECT "searchVector" FROM "FactCheck"') s ON s.word = t.term
                WHERE t.docs IS DISTINCT FROM s.ndoc) AS count,
               (SELECT count(*) FROM "FactCheck") AS entries`;
      const stats = await readLibraryStats(tx);
      return Number(row!.count) + (stats.documents === Number(row!.entries) ? 0 : 1);
    },
    { isolationLevel: "RepeatableRead" },
  );
}

describe("importing a feed into the library", () => {
  it("adds the good items, refuses the bad ones by position, and records one audit event", async () => {
    const host = `feed-${randomUUID()}.example`;
    const items = [...feedOf(host, [1, 2]), { "@type": "ClaimReview", url: `https://${host}/x`, claimReviewed: "" }, ...feedOf(host, [4])];
    const progress: number[] = [];
    const summary = await importFactChecks({
      actor: editor,
      bytes: bytesOf(dataFeed(items)),
      source: "feed.json",
      fileName: "feed.json",
      onProgress: (p) => progress.push(p.added),
    });
    expect(summary).toMatchObject({ format: "json", items: 4, added: 3, updated: 0, duplicates: 0, refused: 1, stopped: null });
    expect(summary.refusals).toEqual([{ position: "item 3", reason: "claimReviewed is missing." }]);
    expect(progress.at(-1)).toBe(3);

    const rows = await getDb().factCheck.findMany({ where: { url: { startsWith: `https://${host}/` } }, orderBy: { url: "asc" } });
    expect(rows.map((row) => row.url)).toEqual([1, 2, 4].map((n) => `https://${host}/reviews/${n}`));
    expect(rows[0]).toMatchObject({
      origin: "LIBRARY",
      importedById: editor.id,
      ratingName: "False",
      ratingValue: 1,
      publisherName: "Example Checks",
      language: "en",
      claimAuthor: "A. Blogger",
    });
    expect(rows[0]!.datePublished?.toISOString().slice(0, 10)).toBe("2024-03-05");

    const audit = await getDb().auditEvent.findMany({ where: { actorId: editor.id, action: "factChecks.imported" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: "FactCheckImport", articleId: null });
    expect(audit[0]!.after).toMatchObject({ source: "feed.json", format: "json", added: 3, refused: 1, stopped: null });
  });

  it("counts the same feed imported twice as duplicates, a changed item as updated, and an item met twice as a duplicate", async () => {
    const host = `again-${randomUUID()}.example`;
    expect(await run(admin, feedOf(host, [1, 2, 3]))).toMatchObject({ added: 3, updated: 0, duplicates: 0 });
    expect(await run(admin, feedOf(host, [1, 2, 3]))).toMatchObject({ added: 0, updated: 0, duplicates: 3 });
    // Same URL and claim (another spacing and case: the same claim key), a new rating: one entry, updated.
    const changed = feedOf(host, [1, 2, 3, 3], (n) =>
      n === 2
        ? { claimReviewed: `  CLAIM 2 from ${host}:   bananas cure hiccups in 2 days`, reviewRating: { alternateName: "Misleading" } }
        : {},
    );
    expect(await run(admin, changed)).toMatchObject({ added: 0, updated: 1, duplicates: 3 });
    const rows = await getDb().factCheck.findMany({ where: { url: { startsWith: `https://${host}/` } }, orderBy: { url: "asc" } });
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatchObject({
      ratingName: "Misleading",
      ratingValue: null,
      claimReviewed: `CLAIM 2 from ${host}: bananas cure hiccups in 2 days`,
    });
    expect(await termsDisagreeingWithRecount()).toBe(0);
  });

  it("writes a large feed in batches and keeps the term statistics equal to a recount", async () => {
    const host = `large-${randomUUID()}.example`;
    const numbers = Array.from({ length: IMPORT_BATCH_SIZE * 2 + 37 }, (_, i) => i + 1);
    const first = await run(editor, dataFeed(feedOf(host, numbers)));
    expect(first).toMatchObject({ items: numbers.length, added: numbers.length, refused: 0 });
    const second = await run(
      editor,
      dataFeed(feedOf(host, numbers, (n) => (n % 100 === 0 ? { headline: `Rewritten headline ${n}` } : {}))),
    );
    expect(second).toMatchObject({ added: 0, updated: 10, duplicates: numbers.length - 10 });
    expect(await termsDisagreeingWithRecount()).toBe(0);
  });

  it("lets two imports of overlapping feeds run at once: each entry added once, the statistics still right", async () => {
    const host = `race-${randomUUID()}.example`;
    const numbers = Array.from({ length: 700 }, (_, i) => i + 1);
    const [a, b] = await Promise.all([
      run(editor, feedOf(host, numbers)),
      run(
        admin,
        feedOf(host, [...numbers].reverse(), (n) => (n % 50 === 0 ? { headline: `Other ${n}` } : {})),
      ),
    ]);
    expect(a.added + b.added).toBe(700);
    expect(a.added + a.updated + a.duplicates + b.added + b.updated + b.duplicates).toBe(1400);
    expect(await getDb().factCheck.count({ where: { url: { startsWith: `https://${host}/` } } })).toBe(700);
    expect(await termsDisagreeingWithRecount()).toBe(0);
  });

  it("keeps what came before a feed that stops, and says why", async () => {
    const host = `cut-${randomUUID()}.example`;
    const text = JSON.stringify(feedOf(host, [1, 2, 3, 4]));
    const summary = await run(editor, text.slice(0, text.length - 300));
    expect(summary.stopped).toBe("The JSON ends before it is complete: the file may have been cut short.");
    expect(summary.added).toBe(3);
    const audit = await getDb().auditEvent.findFirst({
      where: { actorId: editor.id, action: "factChecks.imported" },
      orderBy: { id: "desc" },
    });
    expect(audit!.after).toMatchObject({ added: 3, stopped: summary.stopped });
  });

  it("never overwrites a desk entry with the same address and claim", async () => {
    const host = `desk-${randomUUID()}.example`;
    const [node] = feedOf(host, [1]);
    const article = await createTestArticle(editor);
    const annotation = await createTestAnnotation(editor, article);
    const desk = await getDb().factCheck.create({
      data: {
        origin: "DESK",
        annotationId: annotation.id,
        articleId: article.id,
        url: String(node!.url),
        claimReviewed: String(node!.claimReviewed),
        claimKey: claimKey(String(node!.claimReviewed)),
        headline: "The desk's own headline",
      },
    });
    expect(await run(editor, [{ ...node, headline: "Another headline" }])).toMatchObject({ added: 0, updated: 0, duplicates: 1 });
    expect(await getDb().factCheck.findUniqueOrThrow({ where: { id: desk.id } })).toMatchObject({
      origin: "DESK",
      headline: "The desk's own headline",
    });
  });

  it("refuses reviewers before reading anything", async () => {
    const host = `reviewer-${randomUUID()}.example`;
    await expect(run(reviewer, feedOf(host, [1]))).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only editors and admins manage the fact-check library.",
    });
    expect(await getDb().factCheck.count({ where: { url: { startsWith: `https://${host}/` } } })).toBe(0);
  });
});
