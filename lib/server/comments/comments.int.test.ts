import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertTestDatabase } from "@/lib/test/database";
import { parseInput } from "@/lib/validation/parse-input";
import { createCommentSchema, editCommentSchema } from "@/lib/validation/comment";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { createComment } from "@/lib/server/comments/create-comment";
import { deleteComment } from "@/lib/server/comments/delete-comment";
import { editComment } from "@/lib/server/comments/edit-comment";
import { listComments } from "@/lib/server/comments/list-comments";
import { resolveThread } from "@/lib/server/comments/resolve-thread";
import { createTestArticle, createTestUser } from "@/prisma/test-factories";

let editor: Actor;
let reviewer: Actor;
let other: Actor;
let article: Awaited<ReturnType<typeof createTestArticle>>;
beforeAll(async () => {
  assertTestDatabase();
  [editor, reviewer, other] = await Promise.all([createTestUser("EDITOR"), createTestUser("REVIEWER"), createTestUser("REVIEWER")]);
  article = await createTestArticle(editor);
});

/** Through the payload's schema, as the action does. */
function post(actor: Actor, raw: Record<string, unknown>) {
  return createComment({ actor, input: parseInput(createCommentSchema, { articleId: article.id, clientRequestId: randomUUID(), ...raw }) });
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const events = (entityId: string) =>
  getDb().auditEvent.findMany({
    where: { entityType: "Comment", entityId },
    orderBy: { seq: "asc" },
    select: { action: true, articleId: true },
  });

describe("comments", () => {
  it("posts on the article and on an annotation, replies in the thread, and audits each (so it travels live)", async () => {
    const annotation = await createAnnotation({
      actor: reviewer,
      input: {
        articleId: article.id,
        articleRevision: article.revision,
        kind: "CLAIM",
        start: 0,
        end: 12,
        exact: article.text.slice(0, 12),
      },
    });
    const onArticle = await post(editor, { body: "  Who checks the figures?  " });
    expect(onArticle).toMatchObject({ annotationId: null, parentId: null, body: "Who checks the figures?", author: { id: editor.id } });
    const onCard = await post(reviewer, { annotationId: annotation.id, body: "Source is the ONS release." });
    // A reply lands in its thread's place, whatever annotation the request names.
    const reply = await post(editor, { parentId: onCard.id, annotationId: null, body: "Thanks." });
    expect(reply).toMatchObject({ parentId: onCard.id, annotationId: annotation.id });
    expect(await events(reply.id)).toEqual([{ action: "comment.replied", articleId: article.id }]);
    const listed = await listComments({ actor: other, articleId: article.id });
    expect(listed.map((c) => c.id)).toEqual(expect.arrayContaining([onArticle.id, onCard.id, reply.id]));
    // No reply to a reply: threads are one level deep.
    expect((await refusal(post(editor, { parentId: reply.id, body: "Nested?" }))).code).toBe("NOT_FOUND");
  });

  it("posts a submission sent twice once (same clientRequestId), also when both race", async () => {
    const clientRequestId = randomUUID();
    const input = parseInput(createCommentSchema, { articleId: article.id, body: "Once only", clientRequestId });
    const [a, b] = await Promise.all([createComment({ actor: editor, input }), createComment({ actor: editor, input })]);
    const again = await createComment({ actor: editor, input });
    expect(new Set([a.id, b.id, again.id]).size).toBe(1);
    expect(await getDb().comment.count({ where: { clientRequestId } })).toBe(1);
    // Scoped to the author: someone else replaying the id posts their own.
    const theirs = await createComment({ actor: other, input });
    expect(theirs.id).not.toBe(a.id);
  });

  it("refuses empty, too long and unknown-mention payloads with clear messages", () => {
    const base = { articleId: article.id, clientRequestId: randomUUID() };
    expect(() => parseInput(createCommentSchema, { ...base, body: "  \n " })).toThrow(
      "Write something before posting: an empty comment is not posted.",
    );
    expect(() => parseInput(createCommentSchema, { ...base, body: "x".repeat(5_001) })).toThrow("at most 5,000 characters");
    expect(() => parseInput(createCommentSchema, { ...base, body: "hi", mentionIds: ["bad id!"] })).toThrow("That is not a valid id.");
    expect(() => parseInput(editCommentSchema, { commentId: "c1", body: "" })).toThrow("empty comment");
  });

  it("notifies the people mentioned; refuses mentions of strangers, of people the text does not name, and of those who cannot read the article", async () => {
    const posted = await post(editor, { body: `@${reviewer.name} can you check this?`, mentionIds: [reviewer.id] });
    expect(posted.mentions).toEqual([{ id: reviewer.id, name: reviewer.name }]);
    expect(await getDb().notification.findMany({ where: { userId: reviewer.id, kind: "MENTIONED" }, select: { articleId: true } })).toEqual(
      [{ articleId: article.id }],
    );

    const notNamed = await refusal(post(editor, { body: "No name here", mentionIds: [reviewer.id] }));
    expect(notNamed).toMatchObject({ code: "INVALID", details: { reason: "MENTION_NOT_IN_TEXT" } });
    const unknown = await refusal(post(editor, { body: "@Nobody", mentionIds: ["nosuchuser1"] }));
    expect(unknown).toMatchObject({ code: "INVALID", details: { reason: "MENTION_NOT_ALLOWED" } });
    const gone = await createTestUser("REVIEWER");
    await getDb().user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    expect(await refusal(post(editor, { body: `@${gone.name}`, mentionIds: [gone.id] }))).toMatchObject({
      details: { reason: "MENTION_NOT_ALLOWED" },
    });

    // Editing notifies only the newly mentioned.
    await editComment({
      actor: editor,
      input: parseInput(editCommentSchema, {
        commentId: posted.id,
        body: `@${reviewer.name} and @${other.name}?`,
        mentionIds: [reviewer.id, other.id],
      }),
    });
    expect(await getDb().notification.count({ where: { userId: reviewer.id, kind: "MENTIONED" } })).toBe(1);
    expect(await getDb().notification.count({ where: { userId: other.id, kind: "MENTIONED" } })).toBe(1);
  });

  it("lets only the author edit, the author or an editor delete, and anyone in the discussion resolve and reopen", async () => {
    const mine = await post(reviewer, { body: "My point" });
    expect((await refusal(editComment({ actor: other, input: { commentId: mine.id, body: "Hijack", mentionIds: [] } }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await refusal(deleteComment({ actor: other, input: { commentId: mine.id } }))).code).toBe("FORBIDDEN");
    const edited = await editComment({ actor: reviewer, input: { commentId: mine.id, body: "My better point", mentionIds: [] } });
    expect(edited).toMatchObject({ body: "My better point", editedAt: expect.any(String) });

    const resolved = await resolveThread({ actor: other, input: { commentId: mine.id, isResolved: true } });
    expect(resolved.resolved).toMatchObject({ by: other.name });
    // Resolving a resolved thread changes nothing and records nothing.
    await resolveThread({ actor: other, input: { commentId: mine.id, isResolved: true } });
    const reopened = await resolveThread({ actor: reviewer, input: { commentId: mine.id, isResolved: false } });
    expect(reopened.resolved).toBeNull();

    const deleted = await deleteComment({ actor: editor, input: { commentId: mine.id } });
    expect(deleted).toMatchObject({ isDeleted: true, body: "", mentions: [] });
    expect((await refusal(editComment({ actor: reviewer, input: { commentId: mine.id, body: "Back", mentionIds: [] } }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await events(mine.id)).map((e) => e.action)).toEqual([
      "comment.created",
      "comment.edited",
      "comment.resolved",
      "comment.reopened",
      "comment.deleted",
    ]);
  });

  it("keeps archived articles out of reach: a reviewer finds nothing, an editor may not comment", async () => {
    const archived = await createTestArticle(editor);
    await getDb().article.update({ where: { id: archived.id }, data: { status: "ARCHIVED" } });
    const input = (body: string) => parseInput(createCommentSchema, { articleId: archived.id, body, clientRequestId: randomUUID() });
    expect((await refusal(createComment({ actor: reviewer, input: input("x") }))).code).toBe("NOT_FOUND");
    expect((await refusal(createComment({ actor: editor, input: input("x") }))).code).toBe("FORBIDDEN");
    expect((await refusal(listComments({ actor: reviewer, articleId: archived.id }))).code).toBe("NOT_FOUND");
  });

  it("keeps a signed-off article open for discussion: a comment changes no finding and is not part of the report", async () => {
    // Decided: a reader's complaint about a published verdict is discussed before anyone reopens the
    // article, so the discussion stays open while every finding, its details and its assignment are frozen.
    const signedOff = await createTestArticle(editor);
    await getDb().article.update({ where: { id: signedOff.id }, data: { status: "SIGNED_OFF" } });
    const input = (body: string, parentId?: string) =>
      parseInput(createCommentSchema, { articleId: signedOff.id, body, parentId, clientRequestId: randomUUID() });
    const thread = await createComment({ actor: reviewer, input: input("A reader says the 4.1 per cent is from May.") });
    await expect(createComment({ actor: editor, input: input("Checking before we reopen.", thread.id) })).resolves.toMatchObject({
      parentId: thread.id,
    });
  });
});
