import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestArticle, createTestUser } from "@/prisma/test-factories";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { reattachAnnotation } from "@/lib/server/annotations/reattach-annotation";
import { correctArticle } from "./correct-article";
import { verifyAuditChain } from "@/lib/server/audit-chain";
import type { Actor } from "@/lib/auth/session";

let editor: Actor;
let reviewer: Actor;
beforeAll(async () => {
  assertTestDatabase();
  [editor, reviewer] = await Promise.all([createTestUser("EDITOR"), createTestUser("REVIEWER")]);
});

async function annotate(article: { id: string; text: string }, phrase: string) {
  const start = article.text.indexOf(phrase);
  return createAnnotation({
    actor: reviewer,
    input: { articleId: article.id, articleRevision: 1, kind: "CLAIM", start, end: start + phrase.length, exact: phrase },
  });
}

describe("correctArticle", () => {
  it("keeps the old text as a revision, moves annotations and orphans the lost one", async () => {
    const article = await createTestArticle(editor);
    const kept = await annotate(article, "Unemployment fell to 4.1 per cent");
    const lost = await annotate(article, "a statistical mirage");
    const corrected = `Correction: figures updated.\n\n${article.text.replace("“a statistical mirage”", "“misleading”")}`;

    const result = await correctArticle({ actor: editor, input: { articleId: article.id, revision: 1, text: corrected } });
    expect(result).toEqual({ revision: 2, reanchored: 1, orphaned: 1 });

    const revisions = await getDb().articleRevision.findMany({ where: { articleId: article.id }, orderBy: { revision: "asc" } });
    expect(revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(revisions[0]!.text).toBe(article.text);
    const moved = await getDb().annotation.findUniqueOrThrow({ where: { id: kept.id } });
    expect(corrected.slice(moved.start, moved.end)).toBe("Unemployment fell to 4.1 per cent");
    expect(moved).toMatchObject({ articleRevision: 2, orphanedAt: null });
    const orphan = await getDb().annotation.findUniqueOrThrow({ where: { id: lost.id } });
    expect(orphan).toMatchObject({ exact: "a statistical mirage", orphanedAt: expect.any(Date), deletedAt: null });

    // Each annotation's move is in its own history, with where it was and where it went.
    const moves = await getDb().auditEvent.findMany({
      where: {
        entityType: "Annotation",
        entityId: { in: [kept.id, lost.id] },
        action: { in: ["annotation.reanchored", "annotation.orphaned"] },
      },
    });
    expect(moves.find((event) => event.entityId === kept.id)).toMatchObject({
      action: "annotation.reanchored",
      before: { revision: 1, start: kept.start, end: kept.end },
      after: { revision: 2, start: moved.start, end: moved.end, exact: "Unemployment fell to 4.1 per cent" },
    });
    expect(moves.find((event) => event.entityId === lost.id)).toMatchObject({
      action: "annotation.orphaned",
      before: { revision: 1, exact: "a statistical mirage" },
    });
    expect(await verifyAuditChain(getDb(), { articleId: article.id })).toMatchObject({ ok: true });

    const start = corrected.indexOf("misleading");
    const reattached = await reattachAnnotation({
      actor: reviewer,
      input: {
        annotationId: lost.id,
        version: orphan.version,
        articleRevision: 2,
        start,
        end: start + "misleading".length,
        exact: "misleading",
      },
    });
    expect(reattached).toMatchObject({ exact: "misleading", orphanedAt: null, articleRevision: 2, version: orphan.version + 1 });
  });

  it("refuses reviewers, stale revisions and unchanged text", async () => {
    const article = await createTestArticle(editor);
    const text = `${article.text}\n\nAdded.`;
    await expect(correctArticle({ actor: reviewer, input: { articleId: article.id, revision: 1, text } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      correctArticle({ actor: editor, input: { articleId: article.id, revision: 1, text: article.text } }),
    ).rejects.toMatchObject({ code: "INVALID" });
    await correctArticle({ actor: editor, input: { articleId: article.id, revision: 1, text } });
    await expect(
      correctArticle({ actor: editor, input: { articleId: article.id, revision: 1, text: `${text} Again.` } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a new annotation made on the text before the correction", async () => {
    const article = await createTestArticle(editor);
    await correctArticle({ actor: editor, input: { articleId: article.id, revision: 1, text: `${article.text}\n\nAdded.` } });
    await expect(annotate(article, "Unemployment")).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("claims the approved findings whose words changed and sends them back to review with the correction's reason", async () => {
    const article = await createTestArticle(editor);
    const changed = await annotate(article, "Unemployment fell to 4.1 per cent");
    const shifted = await annotate(article, "a statistical mirage");
    await getDb().annotation.updateMany({ where: { id: { in: [changed.id, shifted.id] } }, data: { status: "APPROVED" } });
    const corrected = `Correction: figures updated.\n\n${article.text.replace("4.1 per cent", "4.2 per cent")}`;

    const result = await correctArticle({ actor: editor, input: { articleId: article.id, revision: 1, text: corrected } });
    expect(result).toEqual({ revision: 2, reanchored: 2, orphaned: 0 });
    const rows = await getDb().annotation.findMany({
      where: { id: { in: [changed.id, shifted.id] } },
      select: { id: true, status: true, version: true },
    });
    expect(rows.find((row) => row.id === changed.id)).toMatchObject({ status: "SUBMITTED", version: changed.version + 1 });
    expect(rows.find((row) => row.id === shifted.id)).toMatchObject({ status: "APPROVED", version: shifted.version });
    const sentBack = await getDb().auditEvent.findMany({ where: { articleId: article.id, action: "annotation.needs_review" } });
    expect(sentBack).toHaveLength(1);
    expect(sentBack[0]).toMatchObject({
      entityId: changed.id,
      actorId: editor.id,
      before: { status: "APPROVED", version: changed.version },
      after: { status: "SUBMITTED", version: changed.version + 1, reason: "The text was corrected (revision 2)." },
    });
    const summary = await getDb().auditEvent.findFirstOrThrow({ where: { articleId: article.id, action: "article.corrected" } });
    expect(summary.after).toMatchObject({ backToReview: [changed.id] });
  });
});
