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

describe("the rating and the rationale merge as two fields", () => {
  const why = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
  const rated = async () => {
    const claim = await newClaim();
    await save(author, { annotationId: claim.id, version: 1, patch: { verdict: { rating: "TRUE" } }, base: { verdict: null } });
    return { id: claim.id, base: { verdict: { rating: "TRUE", rationale: null } } };
  };
  const storedVerdict = (id: string) =>
    getDb().verdict.findUniqueOrThrow({ where: { annotationId: id }, select: { rating: true, rationale: true } });

  it("A sets the rating while B writes the rationale (naming the rating B saw): both land", async () => {
    const { id, base } = await rated();
    await save(author, { annotationId: id, version: 2, patch: { verdict: { rating: "FALSE" } }, base });
    const merged = await save(editor, {
      annotationId: id,
      version: 2,
      patch: { verdict: { rating: "TRUE", rationale: why("B's reason") } },
      base,
    });
    expect(merged).toMatchObject({ version: 4, verdict: { rating: "FALSE", rationale: why("B's reason") } });
    expect(await storedVerdict(id)).toEqual({ rating: "FALSE", rationale: why("B's reason") });
  });

  it("B writes the rationale alone while A sets the rating: both land", async () => {
    const { id, base } = await rated();
    await save(editor, { annotationId: id, version: 2, patch: { verdict: { rationale: why("B's reason") } }, base });
    await save(author, { annotationId: id, version: 2, patch: { verdict: { rating: "MIXED" } }, base });
    expect(await storedVerdict(id)).toEqual({ rating: "MIXED", rationale: why("B's reason") });
  });

  it("two rationales still conflict, named as the rationale", async () => {
    const { id, base } = await rated();
    await save(author, { annotationId: id, version: 2, patch: { verdict: { rationale: why("A's reason") } }, base });
    await expect(
      save(editor, { annotationId: id, version: 2, patch: { verdict: { rationale: why("B's reason") } }, base }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await storedVerdict(id)).toEqual({ rating: "TRUE", rationale: why("A's reason") });
  });

  it("a rationale with no verdict to belong to is refused with a message", async () => {
    const claim = await newClaim();
    await expect(save(author, { annotationId: claim.id, version: 1, patch: { verdict: { rationale: why("x") } } })).rejects.toMatchObject({
      code: "INVALID",
      message: "Choose a verdict before writing its rationale.",
    });
  });
});

describe("a merged save writes only what it changed", () => {
  it("leaves a field it sent unchanged as the other person left it", async () => {
    const claim = await newClaim();
    await save(author, { annotationId: claim.id, version: 1, patch: { note: "theirs" }, base: { note: null } });
    const merged = await save(editor, {
      annotationId: claim.id,
      version: 1,
      patch: { note: null, speaker: "ONS" },
      base: { note: null, speaker: null },
    });
    expect(merged).toMatchObject({ version: 3, note: "theirs", speaker: "ONS" });
  });
});
