import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { prepareImport } from "@/lib/import";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestUser } from "@/prisma/test-factories";
import { importArticle } from "./import-article";
import { listArticles } from "./list-articles";
import type { Actor } from "@/lib/auth/session";

let editor: Actor;
beforeAll(async () => {
  assertTestDatabase();
  editor = await createTestUser("EDITOR");
});

async function prepared(text: string) {
  const result = await prepareImport({ content: text, format: "text" });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe("importArticle", () => {
  it("stores the canonical text, its first revision and an audit event in one go", async () => {
    const text = `Prices rose “sharply”, by £12 (${Date.now()}).\r\n\r\n\r\nSecond   paragraph. `;
    const article = await importArticle({
      actor: editor,
      prepared: await prepared(text),
      metadata: { language: "en", publisher: "The Paper" },
    });
    const row = await getDb().article.findUniqueOrThrow({ where: { id: article.id }, include: { revisions: true } });
    expect(row.text).toMatch(/^Prices rose “sharply”, by £12 \(\d+\)\.\n\nSecond paragraph\.$/);
    expect(row.publisher).toBe("The Paper");
    expect(row.revisions).toHaveLength(1);
    expect(row.revisions[0]).toMatchObject({ revision: 1, text: row.text, contentHash: row.contentHash });
    const audit = await getDb().auditEvent.findMany({ where: { entityId: article.id } });
    expect(audit.map((a) => a.action)).toEqual(["article.imported"]);
    expect(audit[0]!.actorId).toBe(editor.id);
  });

  it("refuses the same text twice and names the existing article", async () => {
    const text = `Same text imported twice ${Date.now()}.`;
    const first = await importArticle({ actor: editor, prepared: await prepared(text), metadata: { language: "en" } });
    const second = importArticle({ actor: editor, prepared: await prepared(`${text}\r\n`), metadata: { language: "en" } });
    await expect(second).rejects.toMatchObject({ code: "CONFLICT", details: { existingArticleId: first.id } });
    expect(await getDb().article.count({ where: { id: first.id } })).toBe(1);
  });

  it("lets exactly one of two simultaneous imports of the same text win", async () => {
    const text = `Raced import ${Date.now()} ${Math.random()}.`;
    const ready = await prepared(text);
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => importArticle({ actor: editor, prepared: ready, metadata: { language: "en" } })),
    );
    const winners = results.filter((r) => r.status === "fulfilled");
    const losers = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(winners).toHaveLength(1);
    for (const loser of losers) expect(loser.reason).toBeInstanceOf(AppError);
    expect(losers.map((l) => (l.reason as AppError).code)).toEqual(["CONFLICT", "CONFLICT"]);
  });

  it("is listed with zero counts and status New", async () => {
    const article = await importArticle({ actor: editor, prepared: await prepared(`Listed ${Date.now()}.`), metadata: { language: "en" } });
    // Newest first: an article just imported is on the first page.
    const list = (await listArticles({ actor: editor, query: { status: "NEW" } })).articles;
    expect(list.find((a) => a.id === article.id)).toMatchObject({ status: "NEW", counts: { CLAIM: 0, QUOTE: 0, OPINION: 0 } });
  });
});

describe("database rules", () => {
  it("keeps the audit trail append-only", async () => {
    const event = await getDb().auditEvent.findFirstOrThrow();
    await expect(getDb().auditEvent.update({ where: { id: event.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(getDb().auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
  });

  it("refuses an empty article text and a duplicate content hash even without the use case", async () => {
    await expect(
      getDb().article.create({ data: { title: "Blank", text: "   ", contentHash: `blank-${Date.now()}`, createdById: editor.id } }),
    ).rejects.toThrow(/Article_text_check/);
    const hash = `dup-${Date.now()}`;
    await getDb().article.create({ data: { title: "A", text: "a", contentHash: hash, createdById: editor.id } });
    await expect(
      getDb().article.create({ data: { title: "B", text: "b", contentHash: hash, createdById: editor.id } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("tells a unique violation by its code, not by its message", async () => {
    const hash = `unique-${Date.now()}`;
    await getDb().article.create({ data: { title: "A", text: "a", contentHash: hash, createdById: editor.id } });
    const violation = await getDb()
      .article.create({ data: { title: "B", text: "b", contentHash: hash, createdById: editor.id } })
      .catch((error: unknown) => error);
    expect(isUniqueViolation(violation)).toBe(true);
    expect(isUniqueViolation(new Error("Unique constraint failed on the fields: (`contentHash`)"))).toBe(false);
    const notFound = new Prisma.PrismaClientKnownRequestError("Unique constraint failed", { code: "P2025", clientVersion: "7" });
    expect(isUniqueViolation(notFound)).toBe(false);
  });
});
