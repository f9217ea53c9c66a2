import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestArticle, createTestUser } from "@/prisma/test-factories";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { articleListQuerySchema } from "@/lib/validation/article-list";
import { listArticles, listPublishers } from "./list-articles";
import type { Actor } from "@/lib/auth/session";

let editor: Actor;
let reviewer: Actor;
// A publisher of this file's own, so other test files' articles never enter these pages.
const publisher = `Keyset Gazette ${randomUUID().slice(0, 8)}`;
let ids: string[];

beforeAll(async () => {
  assertTestDatabase();
  [editor, reviewer] = await Promise.all([createTestUser("EDITOR"), createTestUser("REVIEWER")]);
  ids = [];
  for (let i = 0; i < 7; i++) {
    const article = await createTestArticle(editor, `Article ${i} of the keyset test (${randomUUID()}). The council said rates rise.`);
    await getDb().article.update({
      where: { id: article.id },
      data: {
        publisher,
        title: `Title ${String.fromCharCode(71 - i)}`,
        publishedOn: new Date(Date.UTC(2026, 0, 1 + i)),
        // Two articles imported in the same millisecond: the id breaks the tie.
        createdAt: new Date(Date.UTC(2026, 5, 1, 0, 0, i === 6 ? 5 : i)),
        ...(i === 2 && { checkerId: reviewer.id }),
        ...(i === 3 && { status: "ARCHIVED" }),
      },
    });
    ids.push(article.id);
  }
});

const query = (value: Record<string, unknown>) => articleListQuerySchema.parse({ publisher, ...value });

async function pages(actor: Actor, value: Record<string, unknown>) {
  const seen: string[][] = [];
  let after: string | undefined;
  do {
    const page = await listArticles({ actor, query: query({ ...value, after }) });
    seen.push(page.articles.map((article) => article.id));
    after = page.nextCursor ?? undefined;
  } while (after && seen.length < 20);
  return seen;
}

describe("the article list", () => {
  it("pages newest first by keyset: every article once, none skipped, ties broken by id", async () => {
    const seen = await pages(editor, { limit: 3 });
    expect(seen.map((page) => page.length)).toEqual([3, 3, 1]);
    const newestFirst = [ids[5], ids[6], ids[4], ids[3], ids[2], ids[1], ids[0]];
    // ids[5] and ids[6] share a second; within it the larger id comes first.
    const [a, b] = [ids[5]!, ids[6]!].sort().reverse();
    newestFirst.splice(0, 2, a, b);
    expect(seen.flat()).toEqual(newestFirst);
  });

  it("sorts oldest first and by title, and pages the same way", async () => {
    expect((await pages(editor, { sort: "oldest", limit: 2 })).flat()).toEqual(
      [...ids]
        .sort((x, y) => ids.indexOf(x) - ids.indexOf(y))
        .slice(0, 5)
        .concat([ids[5]!, ids[6]!].sort()),
    );
    // Titles run G, F, … A as i goes 0…6: A–Z is the reverse.
    expect((await pages(editor, { sort: "title", limit: 4 })).flat()).toEqual([...ids].reverse());
  });

  it("filters by status, assignee and publication date", async () => {
    expect((await listArticles({ actor: editor, query: query({ status: "ARCHIVED" }) })).articles.map((a) => a.id)).toEqual([ids[3]]);
    expect((await listArticles({ actor: editor, query: query({ assignee: reviewer.id }) })).articles.map((a) => a.id)).toEqual([ids[2]]);
    const dated = await listArticles({ actor: editor, query: query({ from: "2026-01-02", to: "2026-01-03", sort: "oldest" }) });
    expect(dated.articles.map((a) => a.id)).toEqual([ids[1], ids[2]]);
  });

  it("keeps a reviewer's scope: an archived article is in no page and no filter", async () => {
    const seen = (await pages(reviewer, { limit: 2 })).flat();
    expect(seen).toHaveLength(6);
    expect(seen).not.toContain(ids[3]);
    expect((await listArticles({ actor: reviewer, query: query({ status: "ARCHIVED" }) })).articles).toEqual([]);
  });

  it("counts annotations by kind for the page's articles", async () => {
    const article = await getDb().article.findUniqueOrThrow({ where: { id: ids[0] } });
    const start = article.text.indexOf("council");
    await createAnnotation({
      actor: editor,
      input: { articleId: article.id, articleRevision: 1, kind: "QUOTE", start, end: start + 7, exact: "council" },
    });
    const listed = (await pages(editor, {})).flat();
    expect(listed).toContain(ids[0]);
    const row = (await listArticles({ actor: editor, query: query({ sort: "oldest", limit: 1 }) })).articles[0];
    expect(row).toMatchObject({ id: ids[0], counts: { CLAIM: 0, QUOTE: 1, OPINION: 0 }, settled: 0 });
  });

  it("offers the publishers of readable articles, each once", async () => {
    const archivedOnly = `${publisher} archive`;
    await getDb().article.update({ where: { id: ids[3] }, data: { publisher: archivedOnly } });
    const forEditor = await listPublishers({ actor: editor });
    expect(forEditor).toEqual(expect.arrayContaining([publisher, archivedOnly]));
    expect(forEditor).toEqual([...new Set(forEditor)]);
    // In the database's order: the longer name after its prefix.
    expect(forEditor.indexOf(archivedOnly)).toBeGreaterThan(forEditor.indexOf(publisher));
    const forReviewer = await listPublishers({ actor: reviewer });
    expect(forReviewer).toContain(publisher);
    expect(forReviewer).not.toContain(archivedOnly);
    await getDb().article.update({ where: { id: ids[3] }, data: { publisher } });
  });

  it("refuses a tampered cursor and bad filters with a message", async () => {
    await expect(listArticles({ actor: editor, query: query({ after: "not-a-cursor" }) })).rejects.toMatchObject({
      code: "INVALID",
      message: "That page link is not valid: start again from the first page.",
    });
    expect(articleListQuerySchema.safeParse({ status: "LOST" }).error?.issues[0]?.message).toBe("Choose a status from the list.");
    expect(articleListQuerySchema.safeParse({ limit: "5000" }).error?.issues[0]?.message).toBe("A page holds at most 200 articles.");
    expect(articleListQuerySchema.safeParse({ from: "2026-02-01", to: "2026-01-01" }).error?.issues[0]?.message).toBe(
      "The first date must not be after the last.",
    );
  });
});
