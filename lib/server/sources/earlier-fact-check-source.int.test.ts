import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { isUniqueViolation } from "@/lib/errors";
import { factCheckSource } from "@/lib/fact-checks/fact-check-source";
import { assertTestDatabase } from "@/lib/test/database";
import { raceAgainstHeldTransaction } from "@/lib/test/lock-waits";
import { sourceFieldsSchema } from "@/lib/validation/source";
import { createTestAnnotation, createTestArticle, createTestUser } from "@/prisma/test-factories";
import { addSource } from "./add-source";
import { removeSource } from "./remove-source";
import { updateSource } from "./update-source";

// "Attach as source": an earlier fact-check becomes a source through the ordinary add-source path
// (its validation, version claim and audit), with its date of publication, and never twice.

let author: Actor;
beforeAll(async () => {
  assertTestDatabase();
  author = await createTestUser("REVIEWER");
});

const match = {
  url: "https://www.politifact.com/factchecks/2026/jan/05/unemployment/?utm_source=feed",
  headline: "No, unemployment did not fall to 4.1%",
  claimReviewed: "Unemployment fell to 4.1 per cent",
  publisher: "PolitiFact",
  datePublished: "2026-01-05",
};
const source = () => {
  const built = factCheckSource(match, "2026-12-07");
  if (!built.ok) throw new Error(built.message);
  return built.source;
};

async function claim() {
  const article = await createTestArticle(author);
  return createTestAnnotation(author, article);
}

const liveSources = (annotationId: string) => getDb().source.findMany({ where: { annotationId, deletedAt: null } });

describe("attaching an earlier fact-check as a source", () => {
  it("adds it with the stance, the headline as title, the publisher and both dates, audited as any source", async () => {
    const { id, version } = await claim();
    const view = await addSource({ actor: author, input: { annotationId: id, version, source: source() } });
    expect(view.sources).toEqual([
      expect.objectContaining({
        stance: "EARLIER_FACT_CHECK",
        url: "https://www.politifact.com/factchecks/2026/jan/05/unemployment/",
        title: "No, unemployment did not fall to 4.1%",
        publisher: "PolitiFact",
        publishedOn: "2026-01-05",
        accessedOn: "2026-12-07",
      }),
    ]);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: view.sources[0]!.id, action: "source.added" } });
    expect(audit.after).toMatchObject({ stance: "EARLIER_FACT_CHECK", publishedOn: "2026-01-05T00:00:00.000Z" });
  });

  it("refuses the same fact-check twice, in words, and changes nothing", async () => {
    const { id, version } = await claim();
    const first = await addSource({ actor: author, input: { annotationId: id, version, source: source() } });
    await expect(addSource({ actor: author, input: { annotationId: id, version: first.version, source: source() } })).rejects.toMatchObject(
      {
        code: "INVALID",
        message: "This earlier fact-check is already a source of this claim.",
      },
    );
    expect(await liveSources(id)).toHaveLength(1);
    const row = await getDb().annotation.findUniqueOrThrow({ where: { id }, select: { version: true } });
    expect(row.version).toBe(first.version);
  });

  it("refuses the second of two attachments racing for the same claim, whichever version each names", async () => {
    const { id, version } = await claim();
    const outcome = await raceAgainstHeldTransaction(
      // What the first attachment's transaction does: claim the annotation's row, insert the source.
      async (tx) => {
        await tx.annotation.update({ where: { id }, data: { version: { increment: 1 } } });
        await tx.source.create({ data: { ...sourceRow(), annotationId: id, createdById: author.id } });
      },
      () => addSource({ actor: author, input: { annotationId: id, version, source: source() } }),
    );
    expect(outcome).toMatchObject({ code: "INVALID", message: "This earlier fact-check is already a source of this claim." });
    expect(await liveSources(id)).toHaveLength(1);
  });

  it("is held by the database too: a second live row with that stance and URL is refused by its index", async () => {
    const { id, version } = await claim();
    await addSource({ actor: author, input: { annotationId: id, version, source: source() } });
    const error = await getDb()
      .source.create({ data: { ...sourceRow(), annotationId: id, createdById: author.id } })
      .catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
  });

  it("may be attached again once removed, and the same address with another stance is another source", async () => {
    const { id, version } = await claim();
    const attached = await addSource({ actor: author, input: { annotationId: id, version, source: source() } });
    const sourceId = attached.sources[0]!.id;
    const removed = await removeSource({ actor: author, input: { annotationId: id, version: attached.version, sourceId } });
    const again = await addSource({ actor: author, input: { annotationId: id, version: removed.version, source: source() } });
    const context = await addSource({
      actor: author,
      input: { annotationId: id, version: again.version, source: { ...source(), stance: "CONTEXT" } },
    });
    expect(context.sources.map((s) => s.stance)).toEqual(["EARLIER_FACT_CHECK", "CONTEXT"]);
  });

  it("refuses an edit that would make a second copy, in words", async () => {
    const { id, version } = await claim();
    const attached = await addSource({ actor: author, input: { annotationId: id, version, source: source() } });
    const other = await addSource({
      actor: author,
      input: { annotationId: id, version: attached.version, source: sourceFieldsSchema.parse({ url: "https://example.org/other" }) },
    });
    const otherId = other.sources.find((s) => s.url === "https://example.org/other")!.id;
    await expect(
      updateSource({ actor: author, input: { annotationId: id, version: other.version, sourceId: otherId, source: source() } }),
    ).rejects.toMatchObject({ code: "INVALID", message: "This earlier fact-check is already a source of this claim." });
    // Editing the attached one itself (its title, say) is no copy.
    const attachedId = attached.sources[0]!.id;
    const edited = await updateSource({
      actor: author,
      input: { annotationId: id, version: other.version, sourceId: attachedId, source: { ...source(), title: "Retitled" } },
    });
    expect(edited.sources.find((s) => s.id === attachedId)?.title).toBe("Retitled");
  });
});

function sourceRow() {
  const { url, title, publisher, stance } = source();
  return { url, title, publisher, stance };
}
