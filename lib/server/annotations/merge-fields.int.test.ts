import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { updateAnnotationSchema } from "@/lib/validation/annotation";
import { createTestArticle, createTestAnnotation, createTestUser } from "@/prisma/test-factories";
import { updateAnnotation } from "./update-annotation";

let author: Actor;
let editor: Actor;
let article: Awaited<ReturnType<typeof createTestArticle>>;
beforeAll(async () => {
  assertTestDatabase();
  [author, editor] = await Promise.all([createTestUser("REVIEWER"), createTestUser("EDITOR")]);
  article = await createTestArticle(author);
});

const newClaim = () => createTestAnnotation(author, article);
const save = (actor: Actor, input: unknown) => updateAnnotation({ actor, input: updateAnnotationSchema.parse(input) });

describe("three-way merge on save", () => {
  it("merges a save on an older version when someone else changed only other fields", async () => {
    const claim = await newClaim();
    await save(author, { annotationId: claim.id, version: 1, patch: { verdict: { rating: "FALSE" } }, base: { verdict: null } });
    const merged = await save(editor, {
      annotationId: claim.id,
      version: 1,
      patch: { note: "Check the ONS table." },
      base: { note: null },
    });
    expect(merged).toMatchObject({ version: 3, note: "Check the ONS table.", verdict: { rating: "FALSE" }, lastEditedById: editor.id });
    const audit = await getDb().auditEvent.findMany({
      where: { entityId: claim.id, action: "annotation.updated" },
      orderBy: { seq: "asc" },
    });
    expect(audit.at(-1)?.before).toMatchObject({ note: null, version: 2, mergedFrom: 1 });
    expect(audit.at(-1)?.actorId).toBe(editor.id);
  });

  it("refuses a save when the same field changed since its base, keeping the other person's value", async () => {
    const claim = await newClaim();
    await save(author, { annotationId: claim.id, version: 1, patch: { note: "theirs" }, base: { note: null } });
    await expect(save(editor, { annotationId: claim.id, version: 1, patch: { note: "mine" }, base: { note: null } })).rejects.toMatchObject(
      {
        code: "CONFLICT",
        details: { current: { note: "theirs", version: 2 } },
      },
    );
    expect(await getDb().annotation.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ note: "theirs", version: 2 });
  });

  it("refuses a save on an older version that gives no base, as before", async () => {
    const claim = await newClaim();
    await save(author, { annotationId: claim.id, version: 1, patch: { speaker: "ONS" }, base: { speaker: null } });
    await expect(save(editor, { annotationId: claim.id, version: 1, patch: { note: "mine" } })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("lets five simultaneous saves of five different fields on one version all land, each once", async () => {
    const claim = await newClaim();
    const fields = { quoteCheck: "VERIFIED", note: "n", speaker: "s", holder: "h", quoteOrigin: "q" };
    const results = await Promise.allSettled(
      Object.entries(fields).map(([field, value], i) =>
        save(i % 2 ? author : editor, { annotationId: claim.id, version: 1, patch: { [field]: value }, base: { [field]: null } }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(5).fill("fulfilled"));
    const row = await getDb().annotation.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ ...fields, version: 6 });
    const saves = await getDb().auditEvent.count({ where: { entityId: claim.id, action: "annotation.updated" } });
    expect(saves).toBe(5);
  });

  it("refuses a base that leaves out a changed field, with a message", () => {
    const parsed = updateAnnotationSchema.safeParse({
      annotationId: "a",
      version: 1,
      patch: { note: "x", holder: "y" },
      base: { note: null },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("The base must give the starting value of every field the save changes.");
  });
});
