import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestUser } from "@/prisma/test-factories";
import type { SearchQuery } from "@/lib/validation/search";
import { searchEverything } from "./search-everything";
import { deskArticle, deskEntry, deskFinding, deskSource, libraryEntry, query, uniquePublisher } from "./search-fixtures";

// Each filter narrows the results it can speak of and leaves out the others (lib/search/search-filters.ts).
let reviewer: Actor;
let publisher: string;
const ids: Record<string, string> = {};
const WORD = "Numbatry";

beforeAll(async () => {
  assertTestDatabase();
  reviewer = await createTestUser("REVIEWER");
  publisher = uniquePublisher();
  const article = await deskArticle(reviewer, {
    title: `${WORD} report`,
    publisher,
    text: `Ms Rowe said ${WORD} doubled. ${WORD} is a scandal, in my view.`,
  });
  ids.article = article.id;
  ids.quote = (await deskFinding(reviewer, article, `${WORD} doubled`, { kind: "QUOTE", fields: { speaker: "Jo Rowe" } })).id;
  ids.opinion = (await deskFinding(reviewer, article, `${WORD} is a scandal`, { kind: "OPINION", fields: { holder: "Sam Hill" } })).id;
  const claim = await deskFinding(reviewer, article, `said ${WORD} doubled`, {
    fields: { claimText: `${WORD} doubled in 2025.` },
    verdict: { rating: "FALSE" },
  });
  ids.claim = claim.id;
  ids.source = (
    await deskSource(reviewer, claim.id, { url: "https://example.org/n", title: `${WORD} data`, publisher: `${publisher} Statistics` })
  ).id;
  ids.desk = (await deskEntry(claim, article, `${WORD} doubled in 2025.`)).id;
  ids.library = (await libraryEntry({ claimReviewed: `${WORD} tripled.`, publisherName: publisher, claimAuthor: "Jo Rowe" })).id;
  await getDb().annotation.update({ where: { id: ids.quote }, data: { status: "SUBMITTED" } });
});

const found = async (filters: Partial<SearchQuery>) =>
  (await searchEverything({ actor: reviewer, query: query(WORD, { publisher, ...filters }) })).results.map((result) => result.id).sort();
const sorted = (...names: string[]) => names.map((name) => ids[name]!).sort();

describe("search filters", () => {
  it("kind and review speak of findings and of sources through their finding", async () => {
    // The source's publisher ("… Statistics") contains the desk's, so the publisher filter keeps it.
    expect(await found({ kind: "CLAIM" })).toEqual(sorted("claim", "source"));
    expect(await found({ kind: "QUOTE" })).toEqual(sorted("quote"));
    expect(await found({ review: "SUBMITTED" })).toEqual(sorted("quote"));
  });

  it("verdict speaks of findings, their sources and desk entries", async () => {
    expect(await found({ verdict: "FALSE" })).toEqual(sorted("claim", "source", "desk"));
    expect(await found({ verdict: "TRUE" })).toEqual([]);
  });

  it("speaker matches a quote's speaker, an opinion's holder and a fact-check's claimant, any case", async () => {
    expect(await found({ speaker: "rowe" })).toEqual(sorted("quote", "library"));
    expect(await found({ speaker: "Sam" })).toEqual(sorted("opinion"));
  });

  it("publisher matches what each result shows: the article's, the source's page, the fact-checker", async () => {
    expect(await found({ publisher: `${publisher} Statistics` })).toEqual(sorted("source"));
  });

  it("type and dates: the article's publication date, the fact-check's", async () => {
    expect(await found({ type: "fact-check" })).toEqual(sorted("desk", "library"));
    expect(await found({ from: "2026-02-15" })).toEqual(sorted("article", "quote", "opinion", "claim", "source"));
    expect(await found({ to: "2026-02-15" })).toEqual(sorted("library"));
  });
});
