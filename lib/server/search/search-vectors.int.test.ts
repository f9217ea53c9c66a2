import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestUser } from "@/prisma/test-factories";
import { searchEverything } from "./search-everything";
import { deskArticle, deskFinding, deskSource, query, uniquePublisher } from "./search-fixtures";

// The vectors the search migration keeps: a finding's follows its fields, its verdict's rationale
// and its article's language (triggers); an article's is generated from its row, in its language;
// a huge article still saves (only the first 100,000 characters are indexed).
let reviewer: Actor;
let publisher: string;

beforeAll(async () => {
  assertTestDatabase();
  reviewer = await createTestUser("REVIEWER");
  publisher = uniquePublisher();
});

const found = async (q: string) =>
  (await searchEverything({ actor: reviewer, query: query(q, { publisher }) })).results
    .filter((result) => !result.near)
    .map((result) => result.id);

describe("search vectors", () => {
  it("follow a finding's fields and its verdict's rationale, and forget a removed verdict", async () => {
    const article = await deskArticle(reviewer, { title: "Rates", publisher, text: "Interest rates will fall, the bank said." });
    const finding = await deskFinding(reviewer, article, "Interest rates will fall");
    expect(await found("Threadneedle")).toEqual([]);
    await getDb().annotation.update({ where: { id: finding.id }, data: { note: "Ask Threadneedle Street." } });
    expect(await found("Threadneedle")).toEqual([finding.id]);

    await getDb().verdict.create({
      data: {
        annotationId: finding.id,
        rating: "MISLEADING",
        authorId: reviewer.id,
        rationale: {
          type: "doc",
          content: [
            {
              type: "paragraph",
              content: [
                { type: "text", text: "The minutes " },
                { type: "text", text: "contradict", marks: [{ type: "bold" }] },
                { type: "text", text: "ion it." },
              ],
            },
          ],
        },
      },
    });
    // Text nodes of one paragraph join as written: "contradict" + "ion" is one word.
    expect(await found("contradiction")).toEqual([finding.id]);
    await getDb().verdict.update({
      where: { annotationId: finding.id },
      data: {
        rationale: {
          type: "doc",
          content: [
            {
              type: "bulletList",
              content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Gilts moved first." }] }] }],
            },
          ],
        },
      },
    });
    expect(await found("contradiction")).toEqual([]);
    expect(await found("gilts")).toEqual([finding.id]);
    await getDb().verdict.delete({ where: { annotationId: finding.id } });
    expect(await found("gilts")).toEqual([]);
  });

  it("stem in the article's language, accents aside, and again when the language changes", async () => {
    const article = await deskArticle(reviewer, {
      title: "Les loyers",
      publisher,
      language: "fr",
      text: "Les loyers augmentent fortement à Paris, selon l'étude.",
    });
    const finding = await deskFinding(reviewer, article, "Les loyers augmentent fortement", {
      fields: { claimText: "Les loyers augmentent fortement." },
    });
    const source = await deskSource(reviewer, finding.id, { url: "https://example.fr/etude", title: "Études des loyers", publisher });
    // French stems "fortement" to "fort"; "etudes" finds "étude" and "Études".
    expect((await found("fort")).sort()).toEqual([article.id, finding.id].sort());
    expect((await found("etudes")).sort()).toEqual([article.id, source.id].sort());

    await getDb().article.update({ where: { id: article.id }, data: { language: "en" } });
    // English does not: the article, its finding and its source are stemmed anew.
    expect(await found("fort")).toEqual([]);
    expect((await found("fortement")).sort()).toEqual([article.id, finding.id].sort());
  });

  it("lets an article of 2 MB of distinct words save, indexing its first 100,000 characters", async () => {
    const words = Array.from({ length: 200_000 }, (_, i) => `w${i.toString(36)}${randomUUID().slice(0, 2)}`);
    const text = `Kookaburra opens it. ${words.join(" ")} Platypus closes it.`;
    const article = await deskArticle(reviewer, { title: "Long", publisher, text });
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(await found("Kookaburra")).toEqual([article.id]);
    expect(await found("Platypus")).toEqual([]);
  });
});
