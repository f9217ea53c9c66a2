import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { annotationPatchSchema } from "@/lib/validation/annotation";
import { sourceFieldsSchema } from "@/lib/validation/source";
import { createTestAnnotation, createTestArticle, createTestUser } from "@/prisma/test-factories";
import { addSource } from "@/lib/server/sources/add-source";
import { removeSource } from "@/lib/server/sources/remove-source";
import { submitAnnotation } from "@/lib/server/reviews/submit-annotation";
import { deleteAnnotation, restoreAnnotation } from "./delete-annotation";
import { listAnnotations } from "./list-annotations";
import { updateAnnotation } from "./update-annotation";
import { claimAndWriteFields } from "./claim-and-write";
import type { Actor } from "@/lib/auth/session";

let author: Actor;
let stranger: Actor;
let editor: Actor;
let article: Awaited<ReturnType<typeof createTestArticle>>;
beforeAll(async () => {
  assertTestDatabase();
  [author, stranger, editor] = await Promise.all([createTestUser("REVIEWER"), createTestUser("REVIEWER"), createTestUser("EDITOR")]);
  article = await createTestArticle(author);
});

const newClaim = () => createTestAnnotation(author, article);
const patch = (value: unknown) => annotationPatchSchema.parse(value);
const source = (value: unknown) => sourceFieldsSchema.parse(value);

describe("updateAnnotation", () => {
  it("saves a verdict with rationale, bumps the version and audits before and after", async () => {
    const claim = await newClaim();
    const rationale = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "ONS says 4.3%." }] }] };
    const updated = await updateAnnotation({
      actor: author,
      input: {
        annotationId: claim.id,
        version: 1,
        patch: patch({ claimText: "Unemployment fell to 4.1%.", verdict: { rating: "FALSE", rationale } }),
      },
    });
    expect(updated).toMatchObject({ version: 2, claimText: "Unemployment fell to 4.1%.", verdict: { rating: "FALSE", rationale } });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: claim.id, action: "annotation.updated" } });
    expect(audit.before).toMatchObject({ claimText: "Unemployment fell to 4.1 per cent", version: 1 });
    expect(audit.after).toMatchObject({ claimText: "Unemployment fell to 4.1%.", version: 2 });
  });

  it("stores a card's text as typed, spaces included: an autosaved value is never final (an empty field is no value)", async () => {
    const claim = await newClaim();
    // Saved during a pause after the space; the rest follows in the next save.
    const first = await updateAnnotation({
      actor: author,
      input: { annotationId: claim.id, version: 1, patch: patch({ note: "hello " }) },
    });
    expect(first.note).toBe("hello ");
    const second = await updateAnnotation({
      actor: author,
      input: { annotationId: claim.id, version: 2, patch: patch({ note: "hello world", claimText: "  per the " }) },
    });
    expect(second).toMatchObject({ note: "hello world", claimText: "  per the " });
    const cleared = await updateAnnotation({ actor: author, input: { annotationId: claim.id, version: 3, patch: patch({ note: "" }) } });
    expect(cleared.note).toBeNull();
    expect(await getDb().annotation.findUniqueOrThrow({ where: { id: claim.id }, select: { note: true, claimText: true } })).toEqual({
      note: null,
      claimText: "  per the ",
    });
  });

  it("records the verdict it replaced, not only the new one", async () => {
    const claim = await newClaim();
    await updateAnnotation({
      actor: author,
      input: { annotationId: claim.id, version: 1, patch: patch({ verdict: { rating: "FALSE" } }) },
    });
    await updateAnnotation({ actor: author, input: { annotationId: claim.id, version: 2, patch: patch({ verdict: { rating: "TRUE" } }) } });
    const change = await getDb().auditEvent.findFirstOrThrow({
      where: { entityId: claim.id, action: "annotation.updated" },
      orderBy: { seq: "desc" },
    });
    expect(change.before).toMatchObject({ version: 2, verdict: { rating: "FALSE" } });
    expect(change.after).toMatchObject({ version: 3, verdict: { rating: "TRUE" } });
  });

  it("refuses a save made on a stale version and returns the current state, losing nothing", async () => {
    const claim = await newClaim();
    await updateAnnotation({ actor: author, input: { annotationId: claim.id, version: 1, patch: patch({ note: "first" }) } });
    const stale = updateAnnotation({ actor: editor, input: { annotationId: claim.id, version: 1, patch: patch({ note: "second" }) } });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", details: { current: { note: "first", version: 2 } } });
    const row = await getDb().annotation.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ note: "first", version: 2 });
  });

  it("lets exactly one of two simultaneous saves on the same version win", async () => {
    const claim = await newClaim();
    const results = await Promise.allSettled(
      ["a", "b"].map((note) => updateAnnotation({ actor: author, input: { annotationId: claim.id, version: 1, patch: patch({ note }) } })),
    );
    const winners = results.filter((r) => r.status === "fulfilled").map((r) => r.value);
    const losers = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason);
    expect(winners).toHaveLength(1);
    expect(losers.map((reason) => reason.code)).toEqual(["CONFLICT"]);
    // The loser is shown the winner's save, not the row as it was before the race.
    expect(losers[0].details.current).toMatchObject({ note: winners[0]!.note, version: 2 });
    expect(winners[0]!.version).toBe(2);
  });

  it("refuses another reviewer's edit but allows an editor's", async () => {
    const claim = await newClaim();
    await expect(
      updateAnnotation({ actor: stranger, input: { annotationId: claim.id, version: 1, patch: patch({ note: "x" }) } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      updateAnnotation({ actor: editor, input: { annotationId: claim.id, version: 1, patch: patch({ note: "x" }) } }),
    ).resolves.toMatchObject({ note: "x" });
  });
});

describe("sources and submission", () => {
  it("needs a source before a False verdict can go to review, then submits", async () => {
    const claim = await newClaim();
    const v2 = await updateAnnotation({
      actor: author,
      input: { annotationId: claim.id, version: 1, patch: patch({ verdict: { rating: "FALSE" } }) },
    });
    await expect(submitAnnotation({ actor: author, input: { annotationId: claim.id, version: v2.version } })).rejects.toMatchObject({
      code: "INVALID",
      details: { problems: ["A “False” verdict needs at least one source."] },
    });
    const v3 = await addSource({
      actor: author,
      input: {
        annotationId: claim.id,
        version: v2.version,
        source: source({ url: "https://www.ons.gov.uk/employment?utm_source=x", stance: "CONTRADICTS", title: "Labour market overview" }),
      },
    });
    expect(v3.sources).toEqual([expect.objectContaining({ url: "https://www.ons.gov.uk/employment", stance: "CONTRADICTS" })]);
    const submitted = await submitAnnotation({ actor: author, input: { annotationId: claim.id, version: v3.version } });
    expect(submitted.status).toBe("SUBMITTED");
  });

  it("removes a source softly and keeps it in the audit trail", async () => {
    const claim = await newClaim();
    const withSource = await addSource({
      actor: author,
      input: { annotationId: claim.id, version: 1, source: source({ url: "https://example.org/a" }) },
    });
    const sourceId = withSource.sources[0]!.id;
    const without = await removeSource({ actor: author, input: { annotationId: claim.id, version: withSource.version, sourceId } });
    expect(without.sources).toEqual([]);
    expect(await getDb().source.findUniqueOrThrow({ where: { id: sourceId } })).toMatchObject({
      url: "https://example.org/a",
      deletedAt: expect.any(Date),
    });
  });

  it("deletes softly and restores", async () => {
    const claim = await newClaim();
    const deleted = await deleteAnnotation({ actor: author, input: { annotationId: claim.id, version: 1 } });
    expect((await listAnnotations({ actor: author, articleId: article.id })).map((a) => a.id)).not.toContain(claim.id);
    await restoreAnnotation({ actor: author, input: { annotationId: claim.id, version: deleted.version } });
    expect((await listAnnotations({ actor: author, articleId: article.id })).map((a) => a.id)).toContain(claim.id);
  });

  it("records the deletion at the instant the row was deleted", async () => {
    const claim = await newClaim();
    await deleteAnnotation({ actor: author, input: { annotationId: claim.id, version: 1 } });
    const { deletedAt } = await getDb().annotation.findUniqueOrThrow({ where: { id: claim.id }, select: { deletedAt: true } });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: claim.id, action: "annotation.deleted" } });
    expect(audit.after).toEqual({ deletedAt: deletedAt?.toISOString() });
  });
});

describe("a refused save writes nothing", () => {
  it("refuses to run a save whose field has no column to go to, rather than drop it", async () => {
    const claim = await newClaim();
    await expect(
      getDb().$transaction((tx) =>
        claimAndWriteFields(tx, {
          actor: author,
          annotationId: claim.id,
          version: 1,
          fields: { bogus: "x" } as never,
          withVerdictBefore: false,
          audit: { beforeExtra: {}, after: {} },
        }),
      ),
    ).rejects.toThrow("claimAndWriteFields cannot write bogus: add it to WRITABLE_COLUMNS.");
    expect((await getDb().annotation.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(1);
  });

  it("rolls back the claim, the fields and the audit event when the rule refuses the actor", async () => {
    const claim = await newClaim();
    await expect(
      updateAnnotation({ actor: stranger, input: { annotationId: claim.id, version: 1, patch: patch({ note: "not mine" }) } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const row = await getDb().annotation.findUniqueOrThrow({
      where: { id: claim.id },
      select: { note: true, version: true, lastEditedById: true },
    });
    expect(row).toEqual({ note: null, version: 1, lastEditedById: null });
    expect(await getDb().auditEvent.count({ where: { entityType: "Annotation", entityId: claim.id, action: "annotation.updated" } })).toBe(
      0,
    );
  });

  it("rolls back the fields when the verdict is refused for the kind", async () => {
    const quote = await createTestAnnotation(author, article, { exact: "a statistical mirage", kind: "QUOTE" });
    await expect(
      updateAnnotation({
        actor: author,
        input: { annotationId: quote.id, version: 1, patch: patch({ note: "n", verdict: { rating: "TRUE" } }) },
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await getDb().annotation.findUniqueOrThrow({ where: { id: quote.id }, select: { note: true, version: true } })).toEqual({
      note: null,
      version: 1,
    });
  });
});

describe("opinions resting on claims", () => {
  it("links an opinion to claims of the same article only", async () => {
    const claim = await newClaim();
    const opinion = await createTestAnnotation(author, article, { exact: "a statistical mirage", kind: "OPINION" });
    const linked = await updateAnnotation({
      actor: author,
      input: { annotationId: opinion.id, version: 1, patch: patch({ holder: "Critics", restsOnIds: [claim.id] }) },
    });
    expect(linked).toMatchObject({ holder: "Critics", restsOnIds: [claim.id] });
    const second = await newClaim();
    await updateAnnotation({ actor: author, input: { annotationId: opinion.id, version: 2, patch: patch({ restsOnIds: [second.id] }) } });
    const relinked = await getDb().auditEvent.findFirstOrThrow({
      where: { entityType: "Annotation", entityId: opinion.id, action: "annotation.updated" },
      orderBy: { id: "desc" },
    });
    expect(relinked.before).toMatchObject({ restsOnIds: [claim.id], version: 2 });
    expect(relinked.after).toMatchObject({ restsOnIds: [second.id], version: 3 });

    const elsewhere = await createTestArticle(author);
    const other = await createTestAnnotation(author, elsewhere);
    await expect(
      updateAnnotation({ actor: author, input: { annotationId: opinion.id, version: 3, patch: patch({ restsOnIds: [other.id] }) } }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect((await listAnnotations({ actor: author, articleId: article.id })).find((a) => a.id === opinion.id)?.restsOnIds).toEqual([
      second.id,
    ]);
  });

  it("refuses a verdict on anything but a claim", async () => {
    const quote = await createTestAnnotation(author, article, { exact: "a statistical mirage", kind: "QUOTE" });
    await expect(
      updateAnnotation({ actor: author, input: { annotationId: quote.id, version: 1, patch: patch({ verdict: { rating: "TRUE" } }) } }),
    ).rejects.toMatchObject({ code: "INVALID" });
  });
});
