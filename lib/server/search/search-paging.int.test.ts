import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestUser } from "@/prisma/test-factories";
import { searchEverything } from "./search-everything";
import { deskArticle, deskSource, query, uniquePublisher } from "./search-fixtures";

// Keyset paging over the ranked order: 20 a page, every result once, in order, with many equal
// scores (ties are broken by type and id), across types.
let reviewer: Actor;
let publisher: string;
const expected = new Set<string>();
const WORD = "Wombatonomics";

beforeAll(async () => {
  assertTestDatabase();
  reviewer = await createTestUser("REVIEWER");
  publisher = uniquePublisher();
  const sentences = Array.from({ length: 45 }, (_, i) => `Sentence ${i} on ${WORD} and burrows.`);
  const article = await deskArticle(reviewer, { title: `${WORD} daily`, publisher, text: sentences.join("\n\n") });
  expected.add(`article:${article.id}`);
  const rows = sentences.map((sentence, i) => {
    const start = article.text.indexOf(sentence);
    return {
      articleId: article.id,
      authorId: reviewer.id,
      kind: "CLAIM" as const,
      start,
      end: start + sentence.length,
      exact: sentence,
      prefix: "",
      suffix: "",
      articleRevision: 1,
      // A third with the word twice (a higher score), the rest tied.
      claimText: i % 3 === 0 ? `${WORD}, ${WORD} again, claim ${i}.` : `${WORD} claim ${i}.`,
    };
  });
  const created = await getDb().annotation.createManyAndReturn({ data: rows, select: { id: true } });
  for (const { id } of created) expected.add(`finding:${id}`);
  for (const { id } of created.slice(0, 6))
    expected.add(`source:${(await deskSource(reviewer, id, { url: "https://example.org", title: `${WORD} source` })).id}`);
});

describe("search paging", () => {
  it("pages 20 at a time through every result exactly once, in ranked order", async () => {
    const seen: string[] = [];
    const scores: number[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await searchEverything({ actor: reviewer, query: query(WORD, { publisher, after }) });
      expect(page.results.length).toBeLessThanOrEqual(20);
      seen.push(...page.results.map((result) => `${result.type}:${result.id}`));
      scores.push(...page.results.map((result) => result.score));
      after = page.nextCursor ?? undefined;
      pages++;
    } while (after && pages < 10);
    // Sources are on other publishers' rows only when they name one: these name none, so the publisher filter leaves them out.
    const withoutSources = [...expected].filter((entry) => !entry.startsWith("source:"));
    expect(seen.length).toBe(new Set(seen).size);
    expect(new Set(seen)).toEqual(new Set(withoutSources));
    expect(pages).toBe(Math.ceil(withoutSources.length / 20));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("pages the same way without a filter, sources included", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await searchEverything({ actor: reviewer, query: query(WORD, { after }) });
      seen.push(...page.results.map((result) => `${result.type}:${result.id}`));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(seen.length).toBe(new Set(seen).size);
    expect(new Set(seen)).toEqual(expected);
  });

  it("refuses a cursor of another search, or one that was changed", async () => {
    const first = await searchEverything({ actor: reviewer, query: query(WORD, { publisher }) });
    await expect(
      searchEverything({ actor: reviewer, query: query("burrows", { publisher, after: first.nextCursor! }) }),
    ).rejects.toMatchObject({
      code: "INVALID",
      message: "That page link belongs to another search or was changed: start again from the first page.",
    });
    await expect(searchEverything({ actor: reviewer, query: query(WORD, { publisher, after: "bm90LWEtY3Vyc29y" }) })).rejects.toMatchObject(
      {
        code: "INVALID",
        message: "That page link is not valid: start again from the first page.",
      },
    );
  });
});
