import { describe, expect, it } from "vitest";
import { articlePageSchema, articleSchema, toApiArticle, toApiArticlePage, type ArticleRecord } from "./articles";

const record: ArticleRecord & { contentHash: string } = {
  id: "cart1",
  title: "Council tax",
  byline: null,
  publisher: "The Paper",
  sourceUrl: "https://example.org/a",
  publishedOn: new Date(Date.UTC(2024, 2, 1)),
  language: "en-GB",
  status: "SIGNED_OFF",
  text: "Council tax will rise.",
  revision: 2,
  createdAt: new Date("2024-03-02T10:11:12.345Z"),
  createdById: "cuser1",
  checkerId: "cuser2",
  reviewerId: null,
  signOffs: [{ revision: 2, createdAt: new Date("2024-03-05T08:00:00.000Z"), nothingCheckWorthy: null, signedOffBy: { name: "Eddie" } }],
  // A column the use case might read one day: never part of the answer.
  contentHash: "secret-ish",
};

describe("an article as the API answers it", () => {
  it("has dates as ISO strings, the assignees together, and the sign-off in force", () => {
    const article = toApiArticle(record);
    expect(article).toMatchObject({
      publishedOn: "2024-03-01",
      createdAt: "2024-03-02T10:11:12.345Z",
      assignees: { checkerId: "cuser2", reviewerId: null },
      signOff: { revision: 2, signedOffAt: "2024-03-05T08:00:00.000Z", signedOffBy: "Eddie", nothingCheckWorthy: null },
    });
    expect(article).not.toHaveProperty("contentHash");
    expect(article).not.toHaveProperty("signOffs");
  });

  it("matches the schema the document publishes, with and without the optional parts", () => {
    expect(articleSchema.parse(toApiArticle(record))).toEqual(toApiArticle(record));
    const bare = toApiArticle({ ...record, publishedOn: null, signOffs: [], status: "NEW", revision: 1 });
    expect(bare.signOff).toBeNull();
    expect(bare.publishedOn).toBeNull();
    expect(articleSchema.safeParse(bare).success).toBe(true);
  });
});

describe("a page of the article list as the API answers it", () => {
  it("keeps the cursor and the counts, with ISO dates", () => {
    const page = toApiArticlePage({
      articles: [
        {
          id: "cart1",
          title: "Council tax",
          publisher: null,
          publishedOn: null,
          status: "IN_PROGRESS",
          createdAt: new Date("2024-03-02T10:11:12.345Z"),
          counts: { CLAIM: 3, QUOTE: 1, OPINION: 0 },
          settled: 2,
        },
      ],
      nextCursor: "abc",
    });
    expect(page).toEqual({
      articles: [
        {
          id: "cart1",
          title: "Council tax",
          publisher: null,
          publishedOn: null,
          status: "IN_PROGRESS",
          createdAt: "2024-03-02T10:11:12.345Z",
          counts: { CLAIM: 3, QUOTE: 1, OPINION: 0 },
          settled: 2,
        },
      ],
      nextCursor: "abc",
    });
    expect(articlePageSchema.safeParse(page).success).toBe(true);
    expect(toApiArticlePage({ articles: [], nextCursor: null })).toEqual({ articles: [], nextCursor: null });
  });
});
