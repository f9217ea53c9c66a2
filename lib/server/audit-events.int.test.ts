// What the use cases write is what the readers parse: one article taken through the card's life,
// and every AuditEvent row it left parsed strictly through the audit union (lib/audit).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { AUDIT_EVENTS, type AuditAction, type AuditEntry } from "@/lib/audit/audit-events";
import { AuditEventShapeError, parseAuditEvent } from "@/lib/audit/parse-audit-event";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestArticle, createTestAnnotation, createTestUser } from "@/prisma/test-factories";
import { recordAudit } from "./audit";
import { deleteAnnotation, restoreAnnotation } from "./annotations/delete-annotation";
import { listAnnotationHistory } from "./annotations/list-annotation-history";
import { reattachAnnotation } from "./annotations/reattach-annotation";
import { updateAnnotation } from "./annotations/update-annotation";
import { correctArticle } from "./articles/correct-article";
import { createComment } from "./comments/create-comment";
import { deleteComment } from "./comments/delete-comment";
import { editComment } from "./comments/edit-comment";
import { resolveThread } from "./comments/resolve-thread";
import { readArticleEvents } from "./live/read-article-events";
import { approveAnnotation, dismissAnnotation, requestChanges } from "./reviews/review-annotation";
import { reopenAnnotation } from "./reviews/reopen-annotation";
import { submitAnnotation } from "./reviews/submit-annotation";
import { addSource } from "./sources/add-source";
import { removeSource } from "./sources/remove-source";
import { updateSource } from "./sources/update-source";

let author: Actor;
let reviewer: Actor;
let editor: Actor;
beforeAll(async () => {
  assertTestDatabase();
  [author, reviewer, editor] = await Promise.all([createTestUser("REVIEWER"), createTestUser("REVIEWER"), createTestUser("EDITOR")]);
});

const rowsOf = (articleId: string) =>
  getDb().auditEvent.findMany({
    where: { articleId },
    orderBy: { seq: "asc" },
    select: { id: true, action: true, entityType: true, before: true, after: true },
  });

/** A claim through edits, sources, review, a correction that moves it and one that loses a second, a thread. */
async function articleThroughItsLife() {
  const article = await createTestArticle(editor);
  let claim = await createTestAnnotation(author, article);
  const lost = await createTestAnnotation(author, article, { exact: "a statistical mirage" });
  claim = await updateAnnotation({
    actor: author,
    input: { annotationId: claim.id, version: claim.version, patch: { claimText: "Unemployment is 4.1%", verdict: { rating: "FALSE" } } },
  });
  for (const url of ["https://www.ons.gov.uk/", "https://example.org/"]) {
    claim = await addSource({
      actor: author,
      input: { annotationId: claim.id, version: claim.version, source: { url, stance: "CONTRADICTS" } },
    });
  }
  const [kept, removed] = claim.sources.map((source) => source.id);
  claim = await updateSource({
    actor: author,
    input: {
      annotationId: claim.id,
      version: claim.version,
      sourceId: kept!,
      source: { url: "https://www.ons.gov.uk/x", stance: "CONTRADICTS" },
    },
  });
  claim = await removeSource({ actor: author, input: { annotationId: claim.id, version: claim.version, sourceId: removed! } });
  claim = await submitAnnotation({ actor: author, input: { annotationId: claim.id, version: claim.version } });
  claim = await requestChanges({ actor: reviewer, input: { annotationId: claim.id, version: claim.version, reason: "Which month?" } });
  claim = await updateAnnotation({ actor: author, input: { annotationId: claim.id, version: claim.version, patch: { note: "March" } } });
  claim = await submitAnnotation({ actor: author, input: { annotationId: claim.id, version: claim.version } });
  claim = await approveAnnotation({ actor: reviewer, input: { annotationId: claim.id, version: claim.version } });
  // Changed after approval: back to review.
  claim = await updateAnnotation({
    actor: author,
    input: { annotationId: claim.id, version: claim.version, patch: { speaker: "The minister" } },
  });
  claim = await dismissAnnotation({
    actor: reviewer,
    input: { annotationId: claim.id, version: claim.version, reason: "Not check-worthy." },
  });
  claim = await reopenAnnotation({ actor: editor, input: { annotationId: claim.id, version: claim.version } });
  claim = await deleteAnnotation({ actor: author, input: { annotationId: claim.id, version: claim.version } });
  claim = await restoreAnnotation({ actor: author, input: { annotationId: claim.id, version: claim.version } });

  const text = `Correction: figures updated.\n\n${article.text.replace("“a statistical mirage”", "“misleading”")}`;
  await correctArticle({ actor: editor, input: { articleId: article.id, revision: 1, text } });
  const orphan = await getDb().annotation.findUniqueOrThrow({ where: { id: lost.id } });
  const start = text.indexOf("misleading");
  await reattachAnnotation({
    actor: editor,
    input: {
      annotationId: lost.id,
      version: orphan.version,
      articleRevision: 2,
      start,
      end: start + "misleading".length,
      exact: "misleading",
    },
  });

  const thread = await createComment({
    actor: author,
    input: { articleId: article.id, annotationId: claim.id, body: "Source?", mentionIds: [], clientRequestId: randomUUID() },
  });
  const reply = await createComment({
    actor: reviewer,
    input: { articleId: article.id, parentId: thread.id, body: "ONS.", mentionIds: [], clientRequestId: randomUUID() },
  });
  await editComment({ actor: reviewer, input: { commentId: reply.id, body: "ONS, March.", mentionIds: [] } });
  await resolveThread({ actor: author, input: { commentId: thread.id, isResolved: true } });
  await resolveThread({ actor: author, input: { commentId: thread.id, isResolved: false } });
  await deleteComment({ actor: reviewer, input: { commentId: reply.id } });
  return { article, claim };
}

describe("the audit events the use cases write", () => {
  it("all parse through the union, as readers read them (the card save's own INSERT included)", async () => {
    const { article, claim } = await articleThroughItsLife();
    const rows = await rowsOf(article.id);
    const events = rows.map((row) => parseAuditEvent(row));
    const written = new Set<AuditAction>(events.map((event) => event.action));
    const expected = Object.keys(AUDIT_EVENTS).filter(
      (action) => /^(annotation|source|comment)\./.test(action) && action !== "annotation.imported",
    );
    expect([...written].sort()).toEqual(
      expect.arrayContaining([...expected, "article.imported", "article.status_changed", "article.corrected"].sort()),
    );

    // The readers the pages use read every one of them.
    const history = await listAnnotationHistory({ actor: reviewer, annotationId: claim.id });
    expect(history.every((entry) => entry.action !== null)).toBe(true);
    const live = await readArticleEvents(getDb(), article.id, 0, 1_000);
    expect(live.map((event) => event.action)).toEqual(rows.map((row) => row.action));
  });

  it("refuses, under test, to write an entry that does not fit its action", async () => {
    const article = await createTestArticle(editor);
    const misfit = {
      actorId: editor.id,
      action: "article.assigned",
      entityType: "Article",
      entityId: article.id,
      articleId: article.id,
      before: { checkerId: null, reviewerId: null },
      after: { checker: editor.id },
    } as unknown as AuditEntry;
    await expect(getDb().$transaction((tx) => recordAudit(tx, misfit))).rejects.toThrow(AuditEventShapeError);
    expect((await rowsOf(article.id)).map((row) => row.action)).toEqual(["article.imported"]);
  });
});
