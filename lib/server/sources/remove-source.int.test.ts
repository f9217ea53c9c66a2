import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { sourceFieldsSchema } from "@/lib/validation/source";
import { createTestArticle, createTestUser, createTestAnnotation } from "@/prisma/test-factories";
import { addSource } from "./add-source";
import { removeSource } from "./remove-source";
import { updateSource } from "./update-source";
import type { Actor } from "@/lib/auth/session";

let author: Actor;
let stranger: Actor;
let article: Awaited<ReturnType<typeof createTestArticle>>;
beforeAll(async () => {
  assertTestDatabase();
  [author, stranger] = await Promise.all([createTestUser("REVIEWER"), createTestUser("REVIEWER")]);
  article = await createTestArticle(author);
});

async function claimWithSource(url = "https://example.org/a") {
  const claim = await createTestAnnotation(author, article);
  const withSource = await addSource({
    actor: author,
    input: { annotationId: claim.id, version: claim.version, source: sourceFieldsSchema.parse({ url, title: "First" }) },
  });
  return { annotationId: claim.id, version: withSource.version, sourceId: withSource.sources[0]!.id };
}

const auditOf = (sourceId: string) =>
  getDb().auditEvent.findMany({ where: { entityType: "Source", entityId: sourceId }, orderBy: { id: "asc" }, select: { action: true } });

describe("removeSource", () => {
  it("removes softly, moves the version on and audits source.removed", async () => {
    const ref = await claimWithSource();
    const after = await removeSource({ actor: author, input: ref });
    expect(after).toMatchObject({ version: ref.version + 1, sources: [] });
    expect(await getDb().source.findUniqueOrThrow({ where: { id: ref.sourceId } })).toMatchObject({ deletedAt: expect.any(Date) });
    expect((await auditOf(ref.sourceId)).map((e) => e.action)).toEqual(["source.added", "source.removed"]);
  });

  it("refuses a source already removed, or another reviewer, and changes nothing", async () => {
    const ref = await claimWithSource();
    await expect(removeSource({ actor: stranger, input: ref })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const removed = await removeSource({ actor: author, input: ref });
    await expect(removeSource({ actor: author, input: { ...ref, version: removed.version } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The refused removal rolled back with its claim: the version is where the first removal left it.
    const row = await getDb().annotation.findUniqueOrThrow({ where: { id: ref.annotationId }, select: { version: true } });
    expect(row.version).toBe(removed.version);
    expect((await auditOf(ref.sourceId)).map((e) => e.action)).toEqual(["source.added", "source.removed"]);
  });
});

describe("updateSource", () => {
  it("edits the fields and audits source.updated, leaving the source in place", async () => {
    const ref = await claimWithSource();
    const after = await updateSource({
      actor: author,
      input: { ...ref, source: sourceFieldsSchema.parse({ url: "https://example.org/b", title: "Second", accessedOn: "2024-02-29" }) },
    });
    expect(after.sources).toEqual([
      expect.objectContaining({ id: ref.sourceId, url: "https://example.org/b", title: "Second", accessedOn: "2024-02-29" }),
    ]);
    expect((await auditOf(ref.sourceId)).map((e) => e.action)).toEqual(["source.added", "source.updated"]);
  });

  it("refuses another reviewer, a stale version and a removed source, and changes nothing", async () => {
    const ref = await claimWithSource();
    const fields = sourceFieldsSchema.parse({ url: "https://example.org/c", title: "Third" });
    await expect(updateSource({ actor: stranger, input: { ...ref, source: fields } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateSource({ actor: author, input: { ...ref, version: ref.version - 1, source: fields } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const removed = await removeSource({ actor: author, input: ref });
    await expect(updateSource({ actor: author, input: { ...ref, version: removed.version, source: fields } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await getDb().source.findUniqueOrThrow({ where: { id: ref.sourceId } })).toMatchObject({
      url: "https://example.org/a",
      title: "First",
    });
    expect((await auditOf(ref.sourceId)).map((e) => e.action)).toEqual(["source.added", "source.removed"]);
  });
});
