import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { listArticles } from "@/lib/server/articles/list-articles";
import type { ArticleSort } from "@/lib/validation/article-list";
import { createTestArticle, createTestUser } from "@/prisma/test-factories";
import { requireReadableArticles } from "./require-readable-articles";

beforeAll(assertTestDatabase);

describe("a selection's order (real database)", () => {
  it("is the article list's order for the list's sort, whatever order the boxes were ticked in", async () => {
    const editor = await createTestUser("EDITOR");
    // A publisher of this test's own, so the list below shows only these articles.
    const publisher = `Selection Order ${randomUUID().slice(0, 8)}`;
    const made: string[] = [];
    for (const [i, title] of ["Beta", "Gamma", "Alpha"].entries()) {
      const article = await createTestArticle(editor, `Selection order ${i} (${randomUUID()}). The council said rates rise.`);
      await getDb().article.update({
        where: { id: article.id },
        data: { publisher, title: `${title} ${publisher}`, createdAt: new Date(Date.UTC(2026, 5, 1, 0, 0, i)) },
      });
      made.push(article.id);
    }
    const [beta, gamma, alpha] = made as [string, string, string];
    const ticked = [gamma, beta, alpha];
    const expected: Record<ArticleSort, string[]> = {
      newest: [alpha, gamma, beta],
      oldest: [beta, gamma, alpha],
      title: [alpha, beta, gamma],
    };
    for (const [sort, order] of Object.entries(expected) as [ArticleSort, string[]][]) {
      expect(await requireReadableArticles({ actor: editor, articleIds: ticked, sort }), sort).toEqual(order);
      // The very order the list shows.
      const page = await listArticles({ actor: editor, query: { publisher, sort } });
      expect(page.articles.map((a) => a.id)).toEqual(order);
    }
  });

  it("still refuses the whole selection when one article may not be read", async () => {
    const [editor, reviewer] = await Promise.all([createTestUser("EDITOR"), createTestUser("REVIEWER")]);
    const [readable, archived] = await Promise.all([createTestArticle(editor), createTestArticle(editor)]);
    await getDb().article.update({ where: { id: archived.id }, data: { status: "ARCHIVED" } });
    await expect(
      requireReadableArticles({ actor: reviewer, articleIds: [readable.id, archived.id], sort: "newest" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: `Nothing was exported: article ${archived.id} does not exist or you may not read it.`,
    });
  });
});
