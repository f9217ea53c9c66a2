// Articles and sources over /api/v1, driven with tokens against the real server: every answer,
// refusals included, is checked against the published document (expectContract), and every
// success is checked where it lands (the API's own GET, the browser's pages, the database).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { test, expect, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { hashApiToken, newApiToken } from "../lib/auth/api-token-format";
import { DEMO_USERS } from "../lib/demo-users";
import { expectContract } from "./api-contract";
import { startFixtureServer } from "./fixture-server";
import { storageStateFor, uniqueArticle } from "./helpers";
import { createPerson, testDatabase } from "./people";
import { call, demoActor } from "./review-desk";

type Playwright = PlaywrightWorkerArgs["playwright"];
type Scope = "read" | "annotate" | "review" | "export";
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers are checked by expectContract first

const ALL_SCOPES: Scope[] = ["read", "annotate", "review", "export"];
const CLAIM = "Council tax in Barnet will rise by 4.99 per cent next year";

let db: pg.Pool;
let site: Awaited<ReturnType<typeof startFixtureServer>>;
test.beforeAll(async () => {
  db = testDatabase();
  site = await startFixtureServer();
});
test.afterAll(async () => {
  await site.close();
  await db.end();
});

test.use({ storageState: storageStateFor("reviewer") });

/** A token of `userId`'s, stored as create-api-token.ts stores one (its hash and prefix only). */
async function mintToken(userId: string, scopes: Scope[]): Promise<string> {
  const { token, prefix } = newApiToken();
  await db.query(
    `INSERT INTO "ApiToken" (id, "userId", name, prefix, hash, scopes, "expiresAt") VALUES ($1, $2, $3, $4, $5, $6::"ApiScope"[], now() + interval '1 day')`,
    [
      `e2e${randomUUID().replaceAll("-", "")}`,
      userId,
      `api-articles ${prefix}`,
      prefix,
      hashApiToken(token),
      scopes.map((s) => s.toUpperCase()),
    ],
  );
  return token;
}

async function demoUserId(role: keyof typeof DEMO_USERS): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [DEMO_USERS[role].email]);
  return rows[0]!.id;
}

/** A client with no cookie at all: only the token (if any) says who calls. */
async function apiClient(playwright: Playwright, baseURL: string | undefined, token?: string): Promise<APIRequestContext> {
  return playwright.request.newContext({
    baseURL,
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: token ? { Authorization: `Bearer ${token}` } : {},
  });
}

async function tokenClient(playwright: Playwright, baseURL: string | undefined, role: keyof typeof DEMO_USERS, scopes = ALL_SCOPES) {
  return apiClient(playwright, baseURL, await mintToken(await demoUserId(role), scopes));
}

/** Imports a fresh article over the API and returns it as the API answered. */
async function createOverApi(api: APIRequestContext, extra: Json = {}) {
  const { title, text } = uniqueArticle("API article");
  const response = await api.post("/api/v1/articles", { data: { text, title, ...extra } });
  expect(response.status(), await response.text()).toBe(201);
  return (await expectContract(api, response, "createArticle")) as Json;
}

test("an article imported from text over the API is answered with its address, read back, listed and shown in the browser", async ({
  playwright,
  baseURL,
  page,
}) => {
  const api = await tokenClient(playwright, baseURL, "reviewer");
  const publisher = `API Gazette ${randomUUID().slice(0, 8)}`;
  const { title, text } = uniqueArticle("Imported over the API");

  const created = await api.post("/api/v1/articles", { data: { text, title, publisher, publishedOn: "2024-03-01", language: "en-GB" } });
  expect(created.status()).toBe(201);
  const article = (await expectContract(api, created, "createArticle")) as Json;
  expect(article).toMatchObject({
    title,
    publisher,
    text,
    publishedOn: "2024-03-01",
    language: "en-GB",
    status: "NEW",
    revision: 1,
    createdById: await demoUserId("reviewer"),
    assignees: { checkerId: null, reviewerId: null },
    signOff: null,
  });
  expect(created.headers()["location"]).toBe(`/api/v1/articles/${article.id}`);

  const read = await api.get(created.headers()["location"]!);
  expect(read.status()).toBe(200);
  expect(await expectContract(api, read, "getArticle")).toEqual(article);

  const listed = await api.get(`/api/v1/articles?publisher=${encodeURIComponent(publisher)}`);
  expect(listed.status()).toBe(200);
  expect(await expectContract(api, listed, "listArticles")).toEqual({
    articles: [
      {
        id: article.id,
        title,
        publisher,
        publishedOn: "2024-03-01",
        status: "NEW",
        createdAt: article.createdAt,
        counts: { CLAIM: 0, QUOTE: 0, OPINION: 0 },
        settled: 0,
      },
    ],
    nextCursor: null,
  });

  // The browser's list and article page show it, as if it had been imported on the form.
  await page.goto(`/?publisher=${encodeURIComponent(publisher)}`);
  await expect(page.locator(".article-table tbody tr a[href^='/articles/']")).toHaveText([title]);
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 20_000 });

  // The same text again: refused, and told where it already is.
  const again = await api.post("/api/v1/articles", { data: { text, title: "Another title" } });
  expect(again.status()).toBe(409);
  expect(await expectContract(api, again, "createArticle")).toMatchObject({
    status: 409,
    existingArticleId: article.id,
    existingTitle: title,
    detail: expect.stringContaining("already imported"),
  });
  await api.dispose();
});

test("the list pages by cursor with its filters, and refuses a bad filter with the field's message", async ({ playwright, baseURL }) => {
  const api = await tokenClient(playwright, baseURL, "reviewer");
  const publisher = `API Paging ${randomUUID().slice(0, 8)}`;
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) ids.push((await createOverApi(api, { publisher })).id);

  const first = await api.get(`/api/v1/articles?publisher=${encodeURIComponent(publisher)}&limit=2`);
  const firstPage = (await expectContract(api, first, "listArticles")) as Json;
  expect(firstPage.articles.map((article: Json) => article.id)).toEqual([ids[2], ids[1]]);
  expect(firstPage.nextCursor).toEqual(expect.any(String));
  const second = await api.get(
    `/api/v1/articles?publisher=${encodeURIComponent(publisher)}&limit=2&after=${encodeURIComponent(firstPage.nextCursor)}`,
  );
  expect(await expectContract(api, second, "listArticles")).toMatchObject({ articles: [{ id: ids[0] }], nextCursor: null });

  const refused = await api.get("/api/v1/articles?limit=5000&status=LOST");
  expect(refused.status()).toBe(422);
  const problem = (await expectContract(api, refused, "listArticles")) as Json;
  expect(problem.errors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ field: "limit", detail: "A page holds at most 200 articles." }),
      expect.objectContaining({ field: "status", detail: "Choose a status from the list." }),
    ]),
  );
  const staleCursor = await api.get("/api/v1/articles?after=bm90LWEtY3Vyc29y");
  expect(staleCursor.status()).toBe(422);
  await expectContract(api, staleCursor, "listArticles");
  await api.dispose();
});

test("an article is imported from a web address: fetched, its details taken from the page unless sent", async ({ playwright, baseURL }) => {
  const api = await tokenClient(playwright, baseURL, "editor");
  const name = `api-page-${randomUUID().slice(0, 8)}`.replace(/[^a-z-]/g, "x");
  const paragraph = `The council said 4,000 homes would be built by 2030 (ref ${randomUUID().slice(0, 8)}).`;
  site.serve(name, site.page("news-with-sidebars").replace(/(<div class="(?:entry-content|story-body)">)/, `$1<p>${paragraph}</p>`));
  const url = `${site.origin}/${name}`;

  const created = await api.post("/api/v1/articles", { data: { url, title: "Set by the caller" } });
  expect(created.status(), await created.text()).toBe(201);
  const article = (await expectContract(api, created, "createArticle")) as Json;
  expect(article).toMatchObject({
    title: "Set by the caller",
    byline: "Daniel Green",
    publisher: "The Jewish Chronicle",
    publishedOn: "2015-05-12",
    language: "en-GB",
    sourceUrl: url,
  });
  expect(article.text).toContain(paragraph);
  expect(article.text).not.toContain("Most read");
  // Kept with the page it came from, as an import on the form is.
  const { rows } = await db.query(`SELECT "finalUrl" FROM "PageSnapshot" WHERE "articleId" = $1`, [article.id]);
  expect(rows).toEqual([{ finalUrl: url }]);

  // The SSRF guard: a local name is refused with the reason, and nothing is fetched or kept.
  const local = await api.post("/api/v1/articles", { data: { url: `${site.origin.replace("127.0.0.1", "localhost")}/${name}` } });
  expect(local.status()).toBe(422);
  expect(await expectContract(api, local, "createArticle")).toMatchObject({
    detail: expect.stringMatching(/localhost is a private or local address .*only public web pages can be fetched/),
  });
  await api.dispose();
});

test("a body that is neither text nor an address, or has a bad field, is refused with the field's message", async ({
  playwright,
  baseURL,
}) => {
  const api = await tokenClient(playwright, baseURL, "reviewer");
  const cases: [unknown, { field: string; detail: string | RegExp }][] = [
    [{ title: "Only a title" }, { field: "_", detail: "Send the article's text (text), or the address of its page (url)." }],
    [{ text: "   " }, { field: "text", detail: "The article's text is empty." }],
    [
      { text: "Some text here.", publishedOn: "2024-02-30" },
      { field: "publishedOn", detail: "Enter the date as YYYY-MM-DD." },
    ],
    [{ url: "" }, { field: "url", detail: "Enter the page's address." }],
    [
      { text: "Some text here.", sourceUrl: "javascript:alert(1)" },
      { field: "sourceUrl", detail: "Only http:// and https:// addresses are accepted, not javascript://." },
    ],
  ];
  for (const [body, expected] of cases) {
    const response = await api.post("/api/v1/articles", { data: body as Json });
    expect(response.status(), JSON.stringify(body)).toBe(422);
    const problem = (await expectContract(api, response, "createArticle")) as Json;
    expect(problem.errors, JSON.stringify(body)).toContainEqual(
      expect.objectContaining({
        field: expected.field,
        detail: typeof expected.detail === "string" ? expected.detail : expect.stringMatching(expected.detail),
      }),
    );
  }
  const notJson = await api.post("/api/v1/articles", { headers: { "content-type": "text/plain" }, data: "Some text" });
  expect(notJson.status()).toBe(422);
  expect(await expectContract(api, notJson, "createArticle")).toMatchObject({ reason: "UNSUPPORTED_MEDIA_TYPE" });
  // Refused, nothing was imported.
  expect((await db.query(`SELECT count(*)::int AS n FROM "Article" WHERE text LIKE 'Some text here.%'`)).rows[0].n).toBe(0);
  await api.dispose();
});

test("details are changed one at a time, by who may change them, and the rest is kept", async ({ playwright, baseURL, page }) => {
  const api = await tokenClient(playwright, baseURL, "reviewer");
  const article = await createOverApi(api, {
    publisher: "First Publisher",
    byline: "Jo Writer",
    language: "en-GB",
    sourceUrl: "https://example.org/story",
    publishedOn: "2024-03-01",
  });

  const changed = await api.patch(`/api/v1/articles/${article.id}`, { data: { publisher: "Second Publisher", byline: "" } });
  expect(changed.status()).toBe(200);
  expect(await expectContract(api, changed, "updateArticle")).toEqual({ ...article, publisher: "Second Publisher", byline: null });
  expect(await expectContract(api, await api.get(`/api/v1/articles/${article.id}`), "getArticle")).toMatchObject({
    publisher: "Second Publisher",
    byline: null,
    language: "en-GB",
    title: article.title,
  });
  await page.goto(`/articles/${article.id}`);
  await expect(page.getByLabel("Publisher", { exact: true })).toHaveValue("Second Publisher");

  const invalid = await api.patch(`/api/v1/articles/${article.id}`, { data: { title: " ", text: "A new text" } });
  expect(invalid.status()).toBe(422);
  const problem = (await expectContract(api, invalid, "updateArticle")) as Json;
  expect(problem.errors).toContainEqual(expect.objectContaining({ field: "title", detail: "Enter a title." }));
  const empty = await api.patch(`/api/v1/articles/${article.id}`, { data: {} });
  expect(empty.status()).toBe(422);
  expect(await expectContract(api, empty, "updateArticle")).toMatchObject({
    errors: [{ field: "_", detail: "Send at least one detail to change." }],
  });

  // Another reviewer may read it but not change its details; an editor may.
  const other = await createPerson(db, "REVIEWER", "Other Reviewer");
  const otherApi = await apiClient(playwright, baseURL, await mintToken(other.id, ALL_SCOPES));
  const refused = await otherApi.patch(`/api/v1/articles/${article.id}`, { data: { publisher: "Hijacked" } });
  expect(refused.status()).toBe(403);
  expect(await expectContract(otherApi, refused, "updateArticle")).toMatchObject({
    detail: "Only editors, admins and the person who imported it can change its details.",
  });
  const editorApi = await tokenClient(playwright, baseURL, "editor");
  const byEditor = await editorApi.patch(`/api/v1/articles/${article.id}`, { data: { title: `${article.title} (edited)` } });
  expect(byEditor.status()).toBe(200);
  expect(await expectContract(editorApi, byEditor, "updateArticle")).toMatchObject({
    title: `${article.title} (edited)`,
    publisher: "Second Publisher",
  });

  const unknown = await api.patch("/api/v1/articles/cnotanarticle000000000000", { data: { publisher: "X" } });
  expect(unknown.status()).toBe(404);
  await expectContract(api, unknown, "updateArticle");
  await Promise.all([api.dispose(), otherApi.dispose(), editorApi.dispose()]);
});

test("an article nobody may read is not found: unknown ids, and archived ones for a reviewer", async ({ playwright, baseURL }) => {
  const reviewerApi = await tokenClient(playwright, baseURL, "reviewer");
  const editorApi = await tokenClient(playwright, baseURL, "editor");
  const article = await createOverApi(reviewerApi);
  await db.query(`UPDATE "Article" SET status = 'ARCHIVED' WHERE id = $1`, [article.id]);

  for (const path of [`/api/v1/articles/${article.id}`, "/api/v1/articles/cnotanarticle000000000000", "/api/v1/articles/not%20an%20id"]) {
    const response = await reviewerApi.get(path);
    expect(response.status(), path).toBe(404);
    expect(await expectContract(reviewerApi, response, "getArticle")).toMatchObject({ detail: "There is no article with that id." });
  }
  const hidden = await reviewerApi.patch(`/api/v1/articles/${article.id}`, { data: { publisher: "X" } });
  expect(hidden.status()).toBe(404);
  await expectContract(reviewerApi, hidden, "updateArticle");
  const listed = (await expectContract(reviewerApi, await reviewerApi.get("/api/v1/articles?status=ARCHIVED"), "listArticles")) as Json;
  expect(listed.articles.map((entry: Json) => entry.id)).not.toContain(article.id);

  const byEditor = await editorApi.get(`/api/v1/articles/${article.id}`);
  expect(byEditor.status()).toBe(200);
  expect(await expectContract(editorApi, byEditor, "getArticle")).toMatchObject({ id: article.id, status: "ARCHIVED" });
  await Promise.all([reviewerApi.dispose(), editorApi.dispose()]);
});

/** An article imported over the API with a claim tagged in the browser's way (the server action), by the demo reviewer. */
async function articleWithClaim(playwright: Playwright, baseURL: string | undefined, api: APIRequestContext) {
  const article = await createOverApi(api);
  const start = (article.text as string).indexOf(CLAIM);
  const reviewer = await demoActor(playwright, baseURL!, "reviewer");
  const answer = await call(reviewer, `/articles/${article.id}`, "createAnnotationAction", {
    articleId: article.id,
    articleRevision: 1,
    kind: "CLAIM",
    start,
    end: start + CLAIM.length,
    exact: CLAIM,
  });
  await reviewer.request.dispose();
  const result = answer.result as { ok: boolean; data: { id: string; version: number } };
  expect(result.ok, JSON.stringify(answer.result)).toBe(true);
  return { article, annotation: { id: result.data.id, version: result.data.version } };
}

test("sources are added, changed and removed with the annotation's version; a stale one answers 409 with the current state", async ({
  playwright,
  baseURL,
  page,
}) => {
  const api = await tokenClient(playwright, baseURL, "reviewer");
  const { article, annotation } = await articleWithClaim(playwright, baseURL, api);
  const sources = `/api/v1/annotations/${annotation.id}/sources`;
  const v1 = annotation.version;

  const added = await api.post(sources, {
    data: {
      version: v1,
      source: { url: "https://www.ons.gov.uk/council-tax", publisher: "ONS", stance: "CONTRADICTS", accessedOn: "2024-03-01" },
    },
  });
  expect(added.status()).toBe(201);
  const first = (await expectContract(api, added, "addAnnotationSource")) as Json;
  expect(first).toMatchObject({
    source: { url: "https://www.ons.gov.uk/council-tax", publisher: "ONS", stance: "CONTRADICTS", accessedOn: "2024-03-01", title: null },
    annotation: { id: annotation.id, version: v1 + 1, status: "DRAFT" },
  });

  // Added on the version before: a new source touches nothing anyone changed, so it lands on the current one.
  const mergedAdd = await api.post(sources, { data: { version: v1, source: { url: "https://www.barnet.gov.uk/budget" } } });
  expect(mergedAdd.status()).toBe(201);
  const second = (await expectContract(api, mergedAdd, "addAnnotationSource")) as Json;
  expect(second).toMatchObject({ source: { url: "https://www.barnet.gov.uk/budget", stance: "CONTEXT" }, annotation: { version: v1 + 2 } });
  expect(second.source.id).not.toBe(first.source.id);

  // A change on a version that is gone, without the source as it was read: refused with the annotation as it is now.
  const firstPath = `${sources}/${first.source.id}`;
  const stale = await api.patch(firstPath, {
    data: { version: v1 + 1, source: { ...sourceFields(first.source), title: "Council tax levels" } },
  });
  expect(stale.status()).toBe(409);
  const conflict = (await expectContract(api, stale, "updateAnnotationSource")) as Json;
  expect(conflict.current).toMatchObject({
    id: annotation.id,
    version: v1 + 2,
    sources: [{ id: first.source.id, title: null }, { id: second.source.id }],
  });
  // With the source as it was read (nobody changed it since), the same change lands.
  const merged = await api.patch(firstPath, {
    data: { version: v1 + 1, base: sourceFields(first.source), source: { ...sourceFields(first.source), title: "Council tax levels" } },
  });
  expect(merged.status()).toBe(200);
  expect(await expectContract(api, merged, "updateAnnotationSource")).toMatchObject({
    source: { id: first.source.id, title: "Council tax levels", publisher: "ONS" },
    annotation: { version: v1 + 3 },
  });

  const staleRemoval = await api.delete(`${firstPath}?version=${v1 + 2}`);
  expect(staleRemoval.status()).toBe(409);
  expect(await expectContract(api, staleRemoval, "removeAnnotationSource")).toMatchObject({ current: { version: v1 + 3 } });
  const removed = await api.delete(`${firstPath}?version=${v1 + 3}`);
  expect(removed.status()).toBe(200);
  expect(await expectContract(api, removed, "removeAnnotationSource")).toEqual({
    annotation: { id: annotation.id, version: v1 + 4, status: "DRAFT" },
  });
  const { rows } = await db.query(
    `SELECT id, title, "deletedAt" IS NOT NULL AS removed FROM "Source" WHERE "annotationId" = $1 ORDER BY "createdAt"`,
    [annotation.id],
  );
  expect(rows).toEqual([
    { id: first.source.id, title: "Council tax levels", removed: true },
    { id: second.source.id, title: null, removed: false },
  ]);
  const removedAgain = await api.delete(`${firstPath}?version=${v1 + 4}`);
  expect(removedAgain.status()).toBe(404);
  await expectContract(api, removedAgain, "removeAnnotationSource");

  // The card in the browser shows the source left, not the one removed.
  await page.goto(`/articles/${article.id}?annotation=${annotation.id}`);
  await expect(page.getByRole("link", { name: "https://www.barnet.gov.uk/budget" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("link", { name: "Council tax levels" })).toHaveCount(0);
  await api.dispose();
});

/** A source as the API answered it, as the fields a change sends (and its `base`). */
function sourceFields(source: Json) {
  const { url, title, publisher, accessedOn, publishedOn, archiveUrl, excerpt, stance } = source;
  return { url, title, publisher, accessedOn, publishedOn, archiveUrl, excerpt, stance };
}

test("source changes are refused with the rule's words, the field's message, or not found", async ({ playwright, baseURL }) => {
  const api = await tokenClient(playwright, baseURL, "reviewer");
  const { annotation } = await articleWithClaim(playwright, baseURL, api);
  const sources = `/api/v1/annotations/${annotation.id}/sources`;
  const added = (await expectContract(
    api,
    await api.post(sources, { data: { version: annotation.version, source: { url: "https://example.org/a" } } }),
    "addAnnotationSource",
  )) as Json;
  const version = added.annotation.version as number;

  const badUrl = await api.post(sources, { data: { version, source: { url: "not a url", accessedOn: "2999-01-01" } } });
  expect(badUrl.status()).toBe(422);
  const problem = (await expectContract(api, badUrl, "addAnnotationSource")) as Json;
  expect(problem.errors.map((entry: Json) => entry.field)).toEqual(expect.arrayContaining(["url", "accessedOn"]));
  expect(problem.errors).toContainEqual(
    expect.objectContaining({ field: "accessedOn", detail: "The date accessed cannot be in the future." }),
  );
  const badVersion = await api.delete(`${sources}/${added.source.id}?version=latest`);
  expect(badVersion.status()).toBe(422);
  expect(await expectContract(api, badVersion, "removeAnnotationSource")).toMatchObject({
    errors: [expect.objectContaining({ field: "version", detail: "The version must be a number." })],
  });
  const badPatch = await api.patch(`${sources}/${added.source.id}`, {
    data: { version, source: { url: "https://example.org/a", stance: "MAYBE" } },
  });
  expect(badPatch.status()).toBe(422);
  await expectContract(api, badPatch, "updateAnnotationSource");

  // Another reviewer may read the claim but not change its sources (the author or an editor may).
  const other = await createPerson(db, "REVIEWER", "Not the Author");
  const otherApi = await apiClient(playwright, baseURL, await mintToken(other.id, ALL_SCOPES));
  const rule = "Only the author or an editor can change this annotation.";
  const refusedAdd = await otherApi.post(sources, { data: { version, source: { url: "https://example.org/b" } } });
  expect(refusedAdd.status()).toBe(403);
  expect(await expectContract(otherApi, refusedAdd, "addAnnotationSource")).toMatchObject({ detail: rule });
  const refusedPatch = await otherApi.patch(`${sources}/${added.source.id}`, {
    data: { version, source: { url: "https://example.org/c" } },
  });
  expect(refusedPatch.status()).toBe(403);
  expect(await expectContract(otherApi, refusedPatch, "updateAnnotationSource")).toMatchObject({ detail: rule });
  const refusedRemoval = await otherApi.delete(`${sources}/${added.source.id}?version=${version}`);
  expect(refusedRemoval.status()).toBe(403);
  expect(await expectContract(otherApi, refusedRemoval, "removeAnnotationSource")).toMatchObject({ detail: rule });
  // Nothing of it landed: the annotation's version and its one source are as they were.
  const { rows } = await db.query(
    `SELECT a.version, (SELECT json_agg(s.url) FROM "Source" s WHERE s."annotationId" = a.id AND s."deletedAt" IS NULL) AS urls FROM "Annotation" a WHERE a.id = $1`,
    [annotation.id],
  );
  expect(rows).toEqual([{ version, urls: ["https://example.org/a"] }]);

  const unknownAnnotation = await api.post("/api/v1/annotations/cnotanannotation00000000/sources", {
    data: { version: 1, source: { url: "https://example.org/d" } },
  });
  expect(unknownAnnotation.status()).toBe(404);
  await expectContract(api, unknownAnnotation, "addAnnotationSource");
  const unknownSource = await api.patch(`${sources}/cnotasource0000000000000`, {
    data: { version, source: { url: "https://example.org/e" } },
  });
  expect(unknownSource.status()).toBe(404);
  await expectContract(api, unknownSource, "updateAnnotationSource");
  await Promise.all([api.dispose(), otherApi.dispose()]);
});

test("each operation needs its scope: a token without it, or no token at all, is refused before anything happens", async ({
  playwright,
  baseURL,
}) => {
  const owner = await tokenClient(playwright, baseURL, "reviewer");
  const { article, annotation } = await articleWithClaim(playwright, baseURL, owner);
  const added = (await expectContract(
    owner,
    await owner.post(`/api/v1/annotations/${annotation.id}/sources`, {
      data: { version: annotation.version, source: { url: "https://example.org/scoped" } },
    }),
    "addAnnotationSource",
  )) as Json;
  const version = added.annotation.version as number;
  const sourcePath = `/api/v1/annotations/${annotation.id}/sources/${added.source.id}`;
  const fresh = uniqueArticle("Never imported");
  const pageUrl = `${site.origin}/news-with-sidebars`;

  const reviewerId = await demoUserId("reviewer");
  const without = async (scope: Scope) =>
    apiClient(
      playwright,
      baseURL,
      await mintToken(
        reviewerId,
        ALL_SCOPES.filter((held) => held !== scope),
      ),
    );
  const readless = await without("read");
  const annotateless = await without("annotate");
  const anonymous = await apiClient(playwright, baseURL);
  const revokedToken = await mintToken(reviewerId, ALL_SCOPES);
  await db.query(`UPDATE "ApiToken" SET "revokedAt" = now() WHERE hash = $1`, [hashApiToken(revokedToken)]);
  const revoked = await apiClient(playwright, baseURL, revokedToken);

  // The scope × operation table: every operation, the scope it needs, and a call that would change something if let through.
  const table: { operationId: string; scope: Scope; send: (api: APIRequestContext) => Promise<import("@playwright/test").APIResponse> }[] =
    [
      { operationId: "listArticles", scope: "read", send: (api) => api.get("/api/v1/articles") },
      { operationId: "getArticle", scope: "read", send: (api) => api.get(`/api/v1/articles/${article.id}`) },
      { operationId: "createArticle", scope: "annotate", send: (api) => api.post("/api/v1/articles", { data: fresh }) },
      { operationId: "createArticle", scope: "annotate", send: (api) => api.post("/api/v1/articles", { data: { url: pageUrl } }) },
      {
        operationId: "updateArticle",
        scope: "annotate",
        send: (api) => api.patch(`/api/v1/articles/${article.id}`, { data: { publisher: "Scoped" } }),
      },
      {
        operationId: "addAnnotationSource",
        scope: "annotate",
        send: (api) =>
          api.post(`/api/v1/annotations/${annotation.id}/sources`, { data: { version, source: { url: "https://example.org/x" } } }),
      },
      {
        operationId: "updateAnnotationSource",
        scope: "annotate",
        send: (api) => api.patch(sourcePath, { data: { version, source: { url: "https://example.org/y" } } }),
      },
      { operationId: "removeAnnotationSource", scope: "annotate", send: (api) => api.delete(`${sourcePath}?version=${version}`) },
    ];
  const state = async () =>
    (
      await db.query(
        `SELECT a.title, a.publisher, n.version,
           (SELECT json_agg(json_build_object('url', s.url, 'removed', s."deletedAt" IS NOT NULL)) FROM "Source" s WHERE s."annotationId" = n.id) AS sources,
           (SELECT count(*)::int FROM "AuditEvent" e WHERE e."articleId" = a.id) AS events,
           (SELECT count(*)::int FROM "Article" x WHERE x.title = $3) AS "freshImported",
           (SELECT count(*)::int FROM "PageSnapshot" p WHERE $4 IN (p."requestedUrl", p."finalUrl")) AS "pageFetched"
         FROM "Article" a JOIN "Annotation" n ON n."articleId" = a.id WHERE a.id = $1 AND n.id = $2`,
        [article.id, annotation.id, fresh.title, pageUrl],
      )
    ).rows[0];
  const before = await state();
  expect(before).toMatchObject({ freshImported: 0, pageFetched: 0 });

  for (const { operationId, scope, send } of table) {
    const lacking = scope === "read" ? readless : annotateless;
    const refused = await send(lacking);
    expect(refused.status(), `${operationId} without ${scope}`).toBe(403);
    expect(await expectContract(lacking, refused, operationId), operationId).toMatchObject({
      reason: "MISSING_SCOPE",
      detail: `This token lacks the "${scope}" scope, which this request needs.`,
    });
    const unauthenticated = await send(revoked);
    expect(unauthenticated.status(), `${operationId} with a revoked token`).toBe(401);
    expect(await expectContract(revoked, unauthenticated, operationId)).toMatchObject({ detail: expect.stringMatching(/revoked/) });
    expect(unauthenticated.headers()["www-authenticate"]).toMatch(/^Bearer/);
    // With no credentials at all the proxy answers before the route (its JSON is not yet problem
    // details: the api-platform branch changes that), so only the status is checked here.
    expect((await send(anonymous)).status(), `${operationId} with no token`).toBe(401);
  }
  expect(await state()).toEqual(before);

  // The scope each one needs is enough on its own.
  const readOnly = await apiClient(playwright, baseURL, await mintToken(reviewerId, ["read"]));
  const annotateOnly = await apiClient(playwright, baseURL, await mintToken(reviewerId, ["annotate"]));
  expect((await readOnly.get(`/api/v1/articles/${article.id}`)).status()).toBe(200);
  const patched = await annotateOnly.patch(`/api/v1/articles/${article.id}`, { data: { publisher: "Scoped" } });
  expect(patched.status()).toBe(200);
  expect(await expectContract(annotateOnly, patched, "updateArticle")).toMatchObject({ publisher: "Scoped" });
  await Promise.all([owner, readless, annotateless, anonymous, revoked, readOnly, annotateOnly].map((api) => api.dispose()));
});
