// Sources merge with other changes to the same annotation as field edits do: a source added,
// edited or removed from a view that is no longer current still lands when nobody else touched
// that source meanwhile. Two changes to the same source still conflict.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { updateAnnotationSchema } from "@/lib/validation/annotation";
import { addSourceSchema, removeSourceSchema, updateSourceSchema } from "@/lib/validation/source";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { createTestAnnotation, createTestArticle, createTestUser } from "@/prisma/test-factories";
import { addSource } from "./add-source";
import { removeSource } from "./remove-source";
import { updateSource } from "./update-source";

let author: Actor;
let editor: Actor;
let article: Awaited<ReturnType<typeof createTestArticle>>;
beforeAll(async () => {
  assertTestDatabase();
  [author, editor] = await Promise.all([createTestUser("REVIEWER"), createTestUser("EDITOR")]);
  article = await createTestArticle(author);
});

// Each call goes through its action's schema, as a request would.
const save = (actor: Actor, input: unknown) => updateAnnotation({ actor, input: updateAnnotationSchema.parse(input) });
const add = (actor: Actor, input: unknown) => addSource({ actor, input: addSourceSchema.parse(input) });
const edit = (actor: Actor, input: unknown) => updateSource({ actor, input: updateSourceSchema.parse(input) });
const remove = (actor: Actor, input: unknown) => removeSource({ actor, input: removeSourceSchema.parse(input) });

const ons = { url: "https://www.ons.gov.uk/labour", title: "ONS labour market", stance: "CONTRADICTS" };
const minutes = { url: "https://example.org/minutes", title: "Council minutes", stance: "CONTEXT" };

/** A claim brought to version 4 (as in the issue), with one source on it. */
async function claimWithSource() {
  const claim = await createTestAnnotation(author, article);
  let view = await add(author, { annotationId: claim.id, version: claim.version, source: minutes });
  view = await save(author, { annotationId: claim.id, version: view.version, patch: { speaker: "ONS" }, base: { speaker: null } });
  view = await save(author, {
    annotationId: claim.id,
    version: view.version,
    patch: { claimText: "Jobs fell." },
    base: { claimText: view.claimText },
  });
  expect(view.version).toBe(4);
  const source = view.sources[0]!;
  const base = { url: source.url, title: source.title, stance: source.stance, accessedOn: source.accessedOn };
  return { id: claim.id, version: view.version, sourceId: source.id, base };
}

const setVerdict = (actor: Actor, id: string, version: number) =>
  save(actor, { annotationId: id, version, patch: { verdict: { rating: "FALSE" } }, base: { verdict: null } });

const stored = (id: string) =>
  getDb().annotation.findUniqueOrThrow({
    where: { id },
    select: {
      version: true,
      note: true,
      verdict: { select: { rating: true } },
      sources: { where: { deletedAt: null }, orderBy: { createdAt: "asc" } },
    },
  });

describe("a source change on a view someone else has moved on merges", () => {
  it("verdict + add source: B's source names version 4, A's verdict made it 5, both land", async () => {
    const card = await claimWithSource();
    await setVerdict(editor, card.id, card.version);
    const merged = await add(author, { annotationId: card.id, version: card.version, source: ons });
    expect(merged).toMatchObject({ version: 6, verdict: { rating: "FALSE" } });
    expect(merged.sources.map((s) => s.title)).toEqual(["Council minutes", "ONS labour market"]);
    const row = await stored(card.id);
    expect(row).toMatchObject({ version: 6, verdict: { rating: "FALSE" } });
    expect(row.sources.map((s) => s.url)).toEqual([minutes.url, ons.url]);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: "source.added", entityId: merged.sources[1]!.id } });
    expect(audit.before).toMatchObject({ mergedFrom: 4 });
  });

  it("note + add source: both land", async () => {
    const card = await claimWithSource();
    await save(editor, { annotationId: card.id, version: card.version, patch: { note: "See table 3." }, base: { note: null } });
    await add(author, { annotationId: card.id, version: card.version, source: ons });
    const row = await stored(card.id);
    expect(row).toMatchObject({ version: 6, note: "See table 3." });
    expect(row.sources).toHaveLength(2);
  });

  it("two different sources added at once from the same version: both land, each once", async () => {
    const card = await claimWithSource();
    const results = await Promise.allSettled([
      add(author, { annotationId: card.id, version: card.version, source: ons }),
      add(editor, { annotationId: card.id, version: card.version, source: { url: "https://example.org/budget", title: "Budget" } }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    const row = await stored(card.id);
    expect(row.version).toBe(6);
    expect(row.sources.map((s) => s.title).sort()).toEqual(["Budget", "Council minutes", "ONS labour market"]);
  });

  it("edit source vs verdict: both land", async () => {
    const card = await claimWithSource();
    await setVerdict(editor, card.id, card.version);
    await edit(author, {
      annotationId: card.id,
      version: card.version,
      sourceId: card.sourceId,
      source: { ...minutes, title: "Council minutes, 4 March" },
      base: card.base,
    });
    const row = await stored(card.id);
    expect(row).toMatchObject({ version: 6, verdict: { rating: "FALSE" } });
    expect(row.sources.map((s) => s.title)).toEqual(["Council minutes, 4 March"]);
  });

  it("remove source vs field edit: both land", async () => {
    const card = await claimWithSource();
    await save(editor, { annotationId: card.id, version: card.version, patch: { note: "Kept." }, base: { note: null } });
    await remove(author, { annotationId: card.id, version: card.version, sourceId: card.sourceId, base: card.base });
    const row = await stored(card.id);
    expect(row).toMatchObject({ version: 6, note: "Kept.", sources: [] });
  });
});

describe("two changes to the same source conflict", () => {
  it("two edits of the same source: the second is refused with the first's version, which stays", async () => {
    const card = await claimWithSource();
    const ref = { annotationId: card.id, version: card.version, sourceId: card.sourceId, base: card.base };
    await edit(editor, { ...ref, source: { ...minutes, title: "Theirs" } });
    await expect(edit(author, { ...ref, source: { ...minutes, title: "Mine" } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/edited this source/),
      details: { current: { version: 5, sources: [expect.objectContaining({ title: "Theirs" })] } },
    });
    expect((await stored(card.id)).sources.map((s) => s.title)).toEqual(["Theirs"]);
  });

  it("remove vs edit of the same source, either way round: the second is refused", async () => {
    const edited = await claimWithSource();
    const editedRef = { annotationId: edited.id, version: edited.version, sourceId: edited.sourceId, base: edited.base };
    await edit(editor, { ...editedRef, source: { ...minutes, title: "Theirs" } });
    await expect(remove(author, editedRef)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/edited this source/),
    });
    expect((await stored(edited.id)).sources.map((s) => s.title)).toEqual(["Theirs"]);

    const removed = await claimWithSource();
    const removedRef = { annotationId: removed.id, version: removed.version, sourceId: removed.sourceId, base: removed.base };
    await remove(editor, removedRef);
    await expect(edit(author, { ...removedRef, source: { ...minutes, title: "Mine" } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/removed this source/),
      details: { current: { version: 5, sources: [] } },
    });
    expect((await stored(removed.id)).sources).toEqual([]);
  });

  it("a stale edit or removal that gives no base is refused, as before", async () => {
    const card = await claimWithSource();
    await setVerdict(editor, card.id, card.version);
    const ref = { annotationId: card.id, version: card.version, sourceId: card.sourceId };
    await expect(edit(author, { ...ref, source: minutes })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(remove(author, ref)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await stored(card.id)).version).toBe(5);
  });
});
