import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestUser } from "@/prisma/test-factories";
import { searchEverything } from "./search-everything";
import { deskArticle, deskFinding, deskSource, libraryEntry, query, uniquePublisher } from "./search-fixtures";

// Ranking on a small desk of our own: field weights (a claim or a title beats a note, which beats
// body text), phrases (the words together beat the same words apart), numbers (a figure in the
// claim beats it in the body), across findings, articles, sources and the library.
let reviewer: Actor;
let publisher: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  assertTestDatabase();
  reviewer = await createTestUser("REVIEWER");
  publisher = uniquePublisher();
  const budget = await deskArticle(reviewer, {
    title: "Barnet sets its budget",
    publisher,
    text: [
      "The council met on Tuesday to set the budget for 2027-28.",
      "Council tax in Barnet will rise by 4.99 per cent next year, the council's leader said.",
      "Parking charges go up too, and the tax on second homes doubles for the council.",
    ].join("\n\n"),
  });
  ids.article = budget.id;
  ids.claim = (
    await deskFinding(reviewer, budget, "Council tax in Barnet will rise by 4.99 per cent", {
      fields: { claimText: "Council tax in Barnet will rise by 4.99 per cent in 2027-28." },
      verdict: { rating: "MOSTLY_TRUE", rationale: "The budget papers show the rise." },
    })
  ).id;
  ids.apart = (
    await deskFinding(reviewer, budget, "the tax on second homes doubles for the council", {
      fields: { claimText: "The tax on second homes doubles for the council." },
    })
  ).id;
  ids.note = (
    await deskFinding(reviewer, budget, "Parking charges go up too", {
      fields: { claimText: "Parking charges rise in April.", note: "Compare with the council tax rise." },
    })
  ).id;
  ids.source = (
    await deskSource(reviewer, ids.claim, {
      url: "https://www.barnet.gov.uk/council-tax",
      title: "Council tax bands and charges",
      publisher,
    })
  ).id;
  ids.library = (
    await libraryEntry({
      claimReviewed: "Council tax will rise by 10 per cent everywhere.",
      headline: "No, council tax is not rising 10%",
      publisherName: publisher,
    })
  ).id;
  const schools = await deskArticle(reviewer, {
    title: "Schools funding",
    publisher,
    text: "Schools will get 4.99 million more, said the minister, and council tax is not affected.",
  });
  ids.otherArticle = schools.id;
});

const search = (q: string) => searchEverything({ actor: reviewer, query: query(q, { publisher }) });
const order = (page: Awaited<ReturnType<typeof search>>) => page.results.map((result) => result.id);

describe("search ranking", () => {
  it("ranks a claim, a title or a headline with the words above a note, and a note above body text", async () => {
    const page = await search("council tax");
    const ranked = order(page);
    expect(page.near).toBe(false);
    for (const head of [ids.claim, ids.source, ids.library]) {
      expect(ranked.indexOf(head!), `${head} before the note`).toBeLessThan(ranked.indexOf(ids.note!));
    }
    expect(ranked.indexOf(ids.note!)).toBeLessThan(ranked.indexOf(ids.otherArticle!));
    expect(new Set(page.results.map((result) => result.type))).toEqual(new Set(["finding", "article", "source", "fact-check"]));
  });

  it("ranks the words standing together as typed above the same words apart", async () => {
    const ranked = order(await search("council tax"));
    expect(ranked.indexOf(ids.claim!)).toBeLessThan(ranked.indexOf(ids.apart!));
  });

  it("ranks a figure in the claim above the same figure in an article's body", async () => {
    const ranked = order(await search("4.99"));
    expect(ranked[0]).toBe(ids.claim);
    expect(ranked).toContain(ids.otherArticle);
  });

  it("requires every word: a number not in the row leaves it out", async () => {
    const ranked = order(await search("council tax 10"));
    expect(ranked).toEqual([ids.library]);
  });

  it("finds a quoted phrase only where its words stand together", async () => {
    const ranked = order(await search('"council tax rise"'));
    expect(ranked).toContain(ids.note);
    expect(ranked).not.toContain(ids.apart);
  });

  it("stems the words (rises finds rise, budgets finds budget) and finds the verdict's rationale", async () => {
    expect(order(await search("budgets rises"))).toContain(ids.claim);
    expect(order(await search("papers show"))).toEqual([ids.claim]);
  });

  it("highlights the words in the title and the hit in context, and links straight to the card", async () => {
    const result = (await search("council tax")).results.find((entry) => entry.id === ids.claim)!;
    expect(result.href).toBe(`/articles/${ids.article}?annotation=${ids.claim}`);
    const marked = result.title.highlights.map((range) => result.title.text.slice(range.start, range.end));
    expect(marked).toEqual(["Council", "tax"]);
    expect(result).toMatchObject({ kind: "CLAIM", verdict: "MOSTLY_TRUE", publisher, article: { id: ids.article, status: "IN_PROGRESS" } });
  });
});
