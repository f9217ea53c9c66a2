import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { signOffArticle } from "@/lib/server/articles/sign-off-article";
import { approvedClaim, createLibraryEntry, deleteFactCheck } from "@/prisma/fact-check-factories";
import { createTestAnnotation, createTestArticle, createTestUser } from "@/prisma/test-factories";
import { listAnnotations } from "./list-annotations";
import { updateAnnotation } from "./update-annotation";

// "Copy rating as draft verdict": the rating goes through the ordinary verdict save (version claim,
// field merge, audit) with the fact-check it came from, and shows as that publisher's draft until a
// person sets the rating.

let author: Actor;
let other: Actor;
let reviewer: Actor;
let editor: Actor;
beforeAll(async () => {
  assertTestDatabase();
  [author, other, reviewer, editor] = await Promise.all([
    createTestUser("REVIEWER"),
    createTestUser("EDITOR"),
    createTestUser("REVIEWER"),
    createTestUser("EDITOR"),
  ]);
});

const politifact = () =>
  createLibraryEntry({ claimReviewed: "Unemployment fell to 4.1 per cent", ratingName: "Pants on Fire!", publisherName: "PolitiFact" });

async function claim() {
  const article = await createTestArticle(author);
  return createTestAnnotation(author, article);
}

const verdictRow = (annotationId: string) =>
  getDb().verdict.findUniqueOrThrow({ where: { annotationId }, select: { rating: true, copiedFromFactCheckId: true } });

describe("a rating copied from an earlier fact-check", () => {
  it("is saved as the verdict with its mark, shown as that publisher's draft, and audited", async () => {
    const entry = await politifact();
    const { id, version } = await claim();
    const view = await updateAnnotation({
      actor: author,
      input: { annotationId: id, version, patch: { verdict: { rating: "FALSE", copiedFromFactCheckId: entry.id } } },
    });
    expect(view.verdict).toEqual({
      rating: "FALSE",
      rationale: null,
      copiedFrom: { factCheckId: entry.id, publisher: "PolitiFact", ratingName: "Pants on Fire!" },
    });
    expect(await verdictRow(id)).toEqual({ rating: "FALSE", copiedFromFactCheckId: entry.id });
    // The article page reads the mark too.
    const listed = await listAnnotations({ actor: author, articleId: view.articleId });
    expect(listed.find((a) => a.id === id)?.verdict?.copiedFrom?.factCheckId).toBe(entry.id);
    const audit = await getDb().auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "annotation.updated" },
      orderBy: { id: "desc" },
    });
    expect(audit.after).toMatchObject({ verdict: { rating: "FALSE", copiedFromFactCheckId: entry.id } });
  });

  it("keeps the mark while the rationale is written, and loses it once a person sets the rating", async () => {
    const entry = await politifact();
    const { id, version } = await claim();
    const copied = await updateAnnotation({
      actor: author,
      input: { annotationId: id, version, patch: { verdict: { rating: "FALSE", copiedFromFactCheckId: entry.id } } },
    });
    const rationale = {
      type: "doc" as const,
      content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: "ONS says 4.4." }] }],
    };
    const written = await updateAnnotation({
      actor: author,
      input: { annotationId: id, version: copied.version, patch: { verdict: { rationale } } },
    });
    expect(written.verdict?.copiedFrom?.factCheckId).toBe(entry.id);
    // The same rating chosen by hand is the person's own rating from then on.
    const byHand = await updateAnnotation({
      actor: author,
      input: { annotationId: id, version: written.version, patch: { verdict: { rating: "FALSE" } } },
    });
    expect(byHand.verdict).toEqual({ rating: "FALSE", rationale });
    expect(await verdictRow(id)).toEqual({ rating: "FALSE", copiedFromFactCheckId: null });
  });

  it("merges onto someone else's rationale saved meanwhile, mark and all", async () => {
    const entry = await politifact();
    const { id, version } = await claim();
    const rated = await updateAnnotation({ actor: author, input: { annotationId: id, version, patch: { verdict: { rating: "TRUE" } } } });
    const rationale = {
      type: "doc" as const,
      content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: "Theirs." }] }],
    };
    await updateAnnotation({ actor: other, input: { annotationId: id, version: rated.version, patch: { verdict: { rationale } } } });
    const merged = await updateAnnotation({
      actor: author,
      input: {
        annotationId: id,
        version: rated.version,
        patch: { verdict: { rating: "FALSE", copiedFromFactCheckId: entry.id } },
        base: { verdict: { rating: "TRUE", rationale: null } },
      },
    });
    expect(merged.verdict).toMatchObject({ rating: "FALSE", rationale, copiedFrom: { factCheckId: entry.id } });
  });

  it("is refused when the rating is not the fact-check's own on our scale, and nothing changes", async () => {
    const entry = await politifact();
    const { id, version } = await claim();
    await expect(
      updateAnnotation({
        actor: author,
        input: { annotationId: id, version, patch: { verdict: { rating: "TRUE", copiedFromFactCheckId: entry.id } } },
      }),
    ).rejects.toMatchObject({ code: "INVALID", message: "PolitiFact's rating “Pants on Fire!” maps to False, not True." });
    const unmapped = await createLibraryEntry({ claimReviewed: "A satirical post", ratingName: "Satire", publisherName: "Snopes" });
    await expect(
      updateAnnotation({
        actor: author,
        input: { annotationId: id, version, patch: { verdict: { rating: "FALSE", copiedFromFactCheckId: unmapped.id } } },
      }),
    ).rejects.toMatchObject({ code: "INVALID", message: "Snopes's rating “Satire” has no place on our scale, not False." });
    expect(await getDb().verdict.count({ where: { annotationId: id } })).toBe(0);
    const row = await getDb().annotation.findUniqueOrThrow({ where: { id }, select: { version: true } });
    expect(row.version).toBe(version);
  });

  it("is refused from a desk entry the actor may not read, as if it did not exist", async () => {
    const article = await createTestArticle(author);
    const desk = await approvedClaim({ author, approver: reviewer }, article, { claimText: "Unemployment fell to 4.1 per cent in May." });
    await signOffArticle({ actor: editor, input: { articleId: article.id } });
    await getDb().article.update({ where: { id: article.id }, data: { status: "ARCHIVED" } });
    const entry = await getDb().factCheck.findUniqueOrThrow({ where: { annotationId: desk.id } });
    const { id, version } = await claim();
    await expect(
      updateAnnotation({
        actor: author,
        input: { annotationId: id, version, patch: { verdict: { rating: "FALSE", copiedFromFactCheckId: entry.id } } },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("loses its mark, not its rating, when the fact-check leaves the library", async () => {
    const entry = await politifact();
    const { id, version } = await claim();
    await updateAnnotation({
      actor: author,
      input: { annotationId: id, version, patch: { verdict: { rating: "FALSE", copiedFromFactCheckId: entry.id } } },
    });
    await deleteFactCheck(entry.id);
    expect(await verdictRow(id)).toEqual({ rating: "FALSE", copiedFromFactCheckId: null });
  });
});
