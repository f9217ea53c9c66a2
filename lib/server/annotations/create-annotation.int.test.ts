import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestArticle, createTestUser } from "@/prisma/test-factories";
import { createAnnotation } from "./create-annotation";
import { listAnnotations } from "./list-annotations";
import type { Actor } from "@/lib/auth/session";

let reviewer: Actor;
let article: Awaited<ReturnType<typeof createTestArticle>>;
beforeAll(async () => {
  assertTestDatabase();
  reviewer = await createTestUser("REVIEWER");
  article = await createTestArticle(reviewer);
});

function spanOf(phrase: string, from = 0) {
  const start = article.text.indexOf(phrase, from);
  if (start < 0) throw new Error(`missing ${phrase}`);
  return { start, end: start + phrase.length, exact: phrase };
}

function input(overrides: Partial<Parameters<typeof createAnnotation>[0]["input"]> = {}) {
  return {
    articleId: article.id,
    articleRevision: article.revision,
    kind: "CLAIM" as const,
    ...spanOf("Unemployment fell to 4.1 per cent"),
    ...overrides,
  };
}

describe("createAnnotation", () => {
  it("stores position and quote selectors with 32 characters of context, and an audit event", async () => {
    const span = spanOf("a statistical mirage");
    const created = await createAnnotation({ actor: reviewer, input: input({ kind: "QUOTE", ...span }) });
    expect(created).toMatchObject({ kind: "QUOTE", start: span.start, end: span.end, exact: span.exact, status: "DRAFT", version: 1 });
    expect(created.prefix).toBe(article.text.slice(span.start - 32, span.start));
    expect(created.suffix).toBe(article.text.slice(span.end, span.end + 32));
    const audit = await getDb().auditEvent.findMany({ where: { entityId: created.id } });
    expect(audit.map((a) => a.action)).toEqual(["annotation.created"]);
    const listed = await listAnnotations({ actor: reviewer, articleId: article.id });
    expect(listed.map((a) => a.id)).toContain(created.id);
    const status = await getDb().article.findUniqueOrThrow({ where: { id: article.id }, select: { status: true } });
    expect(status.status).toBe("IN_PROGRESS");
  });

  it("prefills a claim's checkable sentence with the span", async () => {
    const created = await createAnnotation({ actor: reviewer, input: input() });
    expect(created.claimText).toBe("Unemployment fell to 4.1 per cent");
  });

  // Spans are built lazily: the article only exists once beforeAll has run.
  it.each([
    ["past the end", () => ({ start: 5, end: 100_000, exact: "x" }), "OUT_OF_RANGE"],
    [
      "whitespace only",
      () => ({ start: spanOf(".\n\nCritics").start + 1, end: spanOf(".\n\nCritics").start + 3, exact: "\n\n" }),
      "WHITESPACE_ONLY",
    ],
    ["text that does not match", () => ({ ...spanOf("Unemployment fell"), exact: "Employment rose!!" }), "MISMATCH"],
  ])("refuses a span %s with a clear message and stores nothing", async (_name, makeSpan, reason) => {
    const span = makeSpan();
    const before = await getDb().annotation.count({ where: { articleId: article.id } });
    await expect(createAnnotation({ actor: reviewer, input: input(span) })).rejects.toMatchObject({ code: "INVALID", details: { reason } });
    expect(await getDb().annotation.count({ where: { articleId: article.id } })).toBe(before);
  });

  it("refuses a selection made on an older revision of the text", async () => {
    await expect(createAnnotation({ actor: reviewer, input: input({ articleRevision: article.revision + 1 }) })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("returns the first result when the same submission arrives twice", async () => {
    const clientRequestId = randomUUID();
    const [first, second] = await Promise.all([
      createAnnotation({ actor: reviewer, input: input({ clientRequestId }) }),
      createAnnotation({ actor: reviewer, input: input({ clientRequestId }) }),
    ]);
    expect(second.id).toBe(first.id);
    expect(await getDb().annotation.count({ where: { clientRequestId } })).toBe(1);
  });

  it("scopes the request id to its author: another user replaying it gets an annotation of their own", async () => {
    const clientRequestId = randomUUID();
    const other = await createTestUser("REVIEWER");
    const mine = await createAnnotation({ actor: reviewer, input: input({ clientRequestId }) });
    const theirs = await createAnnotation({ actor: other, input: input({ clientRequestId }) });
    expect(theirs.id).not.toBe(mine.id);
    expect(theirs.author.id).toBe(other.id);
    expect(mine.author.id).toBe(reviewer.id);
  });

  it("records the article's move from New to In progress with the first annotation", async () => {
    const fresh = await createTestArticle(reviewer);
    const phrase = "Unemployment fell to 4.1 per cent";
    const start = fresh.text.indexOf(phrase);
    const first = {
      articleId: fresh.id,
      articleRevision: fresh.revision,
      kind: "CLAIM" as const,
      start,
      end: start + phrase.length,
      exact: phrase,
    };
    await createAnnotation({ actor: reviewer, input: first });
    await createAnnotation({ actor: reviewer, input: { ...first, kind: "OPINION" } });
    const events = await getDb().auditEvent.findMany({
      where: { entityType: "Article", entityId: fresh.id, action: "article.status_changed" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: reviewer.id, before: { status: "NEW" }, after: { status: "IN_PROGRESS" } });
  });

  it("refuses an unknown article", async () => {
    await expect(createAnnotation({ actor: reviewer, input: input({ articleId: "missing" }) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("has the database refuse a reversed span even without the use case", async () => {
    await expect(
      getDb().annotation.create({
        data: {
          articleId: article.id,
          authorId: reviewer.id,
          kind: "CLAIM",
          start: 10,
          end: 5,
          exact: "x",
          prefix: "",
          suffix: "",
          articleRevision: 1,
        },
      }),
    ).rejects.toThrow(/Annotation_span_check/);
  });
});
