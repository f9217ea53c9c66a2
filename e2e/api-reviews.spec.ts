// Reviews, sign-off, the public report, exports, the library and search over /api/v1, each driven
// with tokens of the proper people (the finding's author, a second reviewer, an editor) through
// the real server. Every answer, successes and refusals alike, is checked against the served
// OpenAPI document (expectContract), and every success against its effect: the database, the
// article page in the browser, the public link, the bytes of the download.
import { test, expect, type APIRequestContext } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import type pg from "pg";
import { expectContract } from "./api-contract";
import { apiClient, apiTokenFor } from "./api-clients";
import { storageStateFor } from "./helpers";
import { testDatabase } from "./people";
import { buildFixture, CLAIM, disposeCast, signOffCast, snapshot, type Fixture, type SignOffCast } from "./review-desk";

test.describe.configure({ timeout: 180_000 });

const NO_SUCH_ID = "nosuchrecord0000000000000";

let db: pg.Pool;
let cast: SignOffCast;
/** Clients holding tokens: the author's, the second reviewer's and the editor's, with the scopes named. */
let api: {
  anonymous: APIRequestContext;
  authorReview: APIRequestContext;
  reviewerReview: APIRequestContext;
  reviewerRead: APIRequestContext;
  reviewerExport: APIRequestContext;
  editorReview: APIRequestContext;
  editorRead: APIRequestContext;
};

test.beforeAll(async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  db = testDatabase();
  cast = await signOffCast(playwright, baseURL!, db, "API Author");
  const client = async (actor: keyof SignOffCast | null, scopes: Parameters<typeof apiTokenFor>[1]) =>
    apiClient(playwright, baseURL!, actor ? await apiTokenFor(cast[actor], scopes) : null);
  api = {
    anonymous: await client(null, []),
    authorReview: await client("author", ["REVIEW"]),
    reviewerReview: await client("approver", ["REVIEW"]),
    reviewerRead: await client("approver", ["READ"]),
    reviewerExport: await client("approver", ["EXPORT"]),
    editorReview: await client("editor", ["REVIEW"]),
    editorRead: await client("editor", ["READ"]),
  };
});

test.afterAll(async () => {
  await Promise.all(Object.values(api ?? {}).map((client) => client.dispose()));
  await disposeCast(cast);
  await db?.end();
});

const annotationPath = (f: Fixture, step: string) => `/api/v1/annotations/${f.annotation.id}/${step}`;
const statusOf = async (f: Fixture) => (await snapshot(db, f.article.id)).annotations[0]?.status;

test("review steps over the API follow the card's rules: scope, four-eyes, versions, reasons and roles", async () => {
  const fixture = await buildFixture("submitted", cast);
  const { version } = fixture.annotation;
  const before = await snapshot(db, fixture.article.id);

  const unauthenticated = await api.anonymous.post(annotationPath(fixture, "approve"), { data: { version } });
  expect(unauthenticated.status()).toBe(401);
  await expectContract(api.anonymous, unauthenticated, "approveAnnotation");

  const noScope = await api.reviewerRead.post(annotationPath(fixture, "approve"), { data: { version } });
  expect(noScope.status()).toBe(403);
  expect(await expectContract(api.reviewerRead, noScope, "approveAnnotation")).toMatchObject({ reason: "MISSING_SCOPE" });

  // Four-eyes: the author holds the review scope, and is still refused, in the card's words.
  const ownFinding = await api.authorReview.post(annotationPath(fixture, "approve"), { data: { version } });
  expect(ownFinding.status()).toBe(403);
  expect(await expectContract(api.authorReview, ownFinding, "approveAnnotation")).toMatchObject({
    status: 403,
    detail: "A second person must review this: you wrote it.",
  });

  const noReason = await api.reviewerReview.post(annotationPath(fixture, "request-changes"), { data: { version, reason: " " } });
  expect(noReason.status()).toBe(422);
  expect(await expectContract(api.reviewerReview, noReason, "requestAnnotationChanges")).toMatchObject({
    errors: [expect.objectContaining({ field: "reason", pointer: "#/reason" })],
  });

  const stale = await api.reviewerReview.post(annotationPath(fixture, "approve"), { data: { version: version - 1 } });
  expect(stale.status()).toBe(409);
  expect(await expectContract(api.reviewerReview, stale, "approveAnnotation")).toMatchObject({
    current: expect.objectContaining({ id: fixture.annotation.id, version, status: "SUBMITTED" }),
  });

  const missing = await api.reviewerReview.post(`/api/v1/annotations/${NO_SUCH_ID}/approve`, { data: { version } });
  expect(missing.status()).toBe(404);
  await expectContract(api.reviewerReview, missing, "approveAnnotation");

  // Nothing so far changed anything, not even the audit trail.
  expect(await snapshot(db, fixture.article.id)).toEqual(before);

  const approved = await api.reviewerReview.post(annotationPath(fixture, "approve"), { data: { version, note: "Checked the source." } });
  expect(approved.status()).toBe(200);
  const view = (await expectContract(api.reviewerReview, approved, "approveAnnotation")) as { version: number };
  expect(view).toMatchObject({
    id: fixture.annotation.id,
    status: "APPROVED",
    version: version + 1,
    reviews: [
      expect.objectContaining({
        outcome: "APPROVED",
        version,
        reason: "Checked the source.",
        reviewer: expect.objectContaining({ id: cast.approver.id }),
      }),
    ],
  });
  expect(await statusOf(fixture)).toBe("APPROVED");

  // Reopening is an editor's step: the reviewer holds the scope, not the role.
  const notEditor = await api.reviewerReview.post(annotationPath(fixture, "reopen"), { data: { version: view.version } });
  expect(notEditor.status()).toBe(403);
  expect(await expectContract(api.reviewerReview, notEditor, "reopenAnnotation")).toMatchObject({
    detail: "Only an editor or an admin can do this.",
  });
  const reopened = await api.editorReview.post(annotationPath(fixture, "reopen"), { data: { version: view.version } });
  expect(reopened.status()).toBe(200);
  expect(await expectContract(api.editorReview, reopened, "reopenAnnotation")).toMatchObject({ status: "DRAFT" });
  expect(await statusOf(fixture)).toBe("DRAFT");

  // A step the status does not allow is refused with the transition table's words.
  const draft = (await reopened.json()) as { version: number };
  const notInReview = await api.reviewerReview.post(annotationPath(fixture, "approve"), { data: { version: draft.version } });
  expect(notInReview.status()).toBe(403);
  expect(await expectContract(api.reviewerReview, notInReview, "approveAnnotation")).toMatchObject({
    detail: "Only an annotation in review can be approved.",
  });
});

test("changes are requested and a finding dismissed over the API, with the reason kept", async () => {
  const fixture = await buildFixture("submitted", cast);
  const requested = await api.reviewerReview.post(annotationPath(fixture, "request-changes"), {
    data: { version: fixture.annotation.version, reason: "Name the council's own figure." },
  });
  expect(requested.status()).toBe(200);
  const view = (await expectContract(api.reviewerReview, requested, "requestAnnotationChanges")) as { version: number };
  expect(view).toMatchObject({
    status: "CHANGES_REQUESTED",
    reviews: [expect.objectContaining({ outcome: "CHANGES_REQUESTED", reason: "Name the council's own figure." })],
  });
  // The author is told, as from the card.
  const { rows } = await db.query(`SELECT message FROM "Notification" WHERE "userId" = $1 AND kind = 'CHANGES_REQUESTED'`, [
    cast.author.id,
  ]);
  expect(rows.map((row: { message: string }) => row.message)).toContainEqual(expect.stringContaining("Name the council's own figure."));

  const authorDismisses = await api.authorReview.post(annotationPath(fixture, "dismiss"), {
    data: { version: view.version, reason: "Mine." },
  });
  expect(authorDismisses.status()).toBe(403);
  await expectContract(api.authorReview, authorDismisses, "dismissAnnotation");

  const noReason = await api.reviewerReview.post(annotationPath(fixture, "dismiss"), { data: { version: view.version } });
  expect(noReason.status()).toBe(422);
  await expectContract(api.reviewerReview, noReason, "dismissAnnotation");

  const dismissed = await api.reviewerReview.post(annotationPath(fixture, "dismiss"), {
    data: { version: view.version, reason: "Not check-worthy: a forecast." },
  });
  expect(dismissed.status()).toBe(200);
  expect(await expectContract(api.reviewerReview, dismissed, "dismissAnnotation")).toMatchObject({ status: "DISMISSED" });
  expect(await statusOf(fixture)).toBe("DISMISSED");
});

test.describe("sign-off and the public report", () => {
  test.use({ storageState: storageStateFor("editor") });

  test("an editor signs off over the API, the page shows it, the report is published, revoked and the article reopened", async ({
    page,
  }) => {
    const fixture = await buildFixture("submitted", cast);
    const signOffPath = `/api/v1/articles/${fixture.article.id}/sign-off`;

    // Not ready: the problems are the words the review bar shows.
    const notReady = await api.editorReview.post(signOffPath, { data: {} });
    expect(notReady.status()).toBe(422);
    const problem = (await expectContract(api.editorReview, notReady, "signOffArticle")) as { problems: string[] };
    expect(problem.problems.length).toBeGreaterThan(0);
    expect(problem.problems.join(" ")).toMatch(/approved|review/i);

    const notEditor = await api.reviewerReview.post(signOffPath, { data: {} });
    expect(notEditor.status()).toBe(403);
    expect(await expectContract(api.reviewerReview, notEditor, "signOffArticle")).toMatchObject({
      detail: "Only editors and admins sign articles off.",
    });
    const missing = await api.editorReview.post(`/api/v1/articles/${NO_SUCH_ID}/sign-off`, { data: {} });
    expect(missing.status()).toBe(404);
    await expectContract(api.editorReview, missing, "signOffArticle");
    const noScope = await api.editorRead.post(signOffPath, { data: {} });
    expect(noScope.status()).toBe(403);
    await expectContract(api.editorRead, noScope, "signOffArticle");
    const unauthenticated = await api.anonymous.post(signOffPath, { data: {} });
    expect(unauthenticated.status()).toBe(401);
    await expectContract(api.anonymous, unauthenticated, "signOffArticle");

    const approved = await api.reviewerReview.post(annotationPath(fixture, "approve"), { data: { version: fixture.annotation.version } });
    expect(approved.status()).toBe(200);
    const signedOff = await api.editorReview.post(signOffPath, { data: {} });
    expect(signedOff.status()).toBe(200);
    expect(await expectContract(api.editorReview, signedOff, "signOffArticle")).toMatchObject({
      revision: 1,
      chainHead: expect.any(String),
      nothingCheckWorthy: null,
    });
    expect((await snapshot(db, fixture.article.id)).status).toBe("SIGNED_OFF");
    await page.goto(fixture.article.path);
    await expect(page.locator(".article-header")).toContainText("Signed off");
    await expect(page.getByRole("region", { name: "Review status" }).getByRole("status")).toContainText("Signed off by Eddie Editor");

    // Again: nothing to sign off, in words.
    const twice = await api.editorReview.post(signOffPath, { data: {} });
    expect(twice.status()).toBe(422);
    await expectContract(api.editorReview, twice, "signOffArticle");

    // The public report: an editor's decision, as on the report page.
    const reportPath = `/api/v1/articles/${fixture.article.id}/public-report`;
    const reviewerPublishes = await api.reviewerReview.post(reportPath);
    expect(reviewerPublishes.status()).toBe(403);
    expect(await expectContract(api.reviewerReview, reviewerPublishes, "publishReport")).toMatchObject({
      detail: "Only editors and admins publish reports.",
    });
    const published = await api.editorReview.post(reportPath);
    expect(published.status()).toBe(200);
    const link = (await expectContract(api.editorReview, published, "publishReport")) as { token: string; url: string };
    expect(link.url).toMatch(new RegExp(`/r/${link.token}$`));
    const publicPath = `/r/${link.token}`;
    const publicPage = await api.anonymous.get(publicPath);
    expect(publicPage.status()).toBe(200);
    expect(await publicPage.text()).toContain(fixture.article.title);
    // Publishing again answers the same link.
    const again = await api.editorReview.post(reportPath);
    expect(await expectContract(api.editorReview, again, "publishReport")).toEqual(link);
    const missingReport = await api.editorReview.post(`/api/v1/articles/${NO_SUCH_ID}/public-report`);
    expect(missingReport.status()).toBe(404);
    await expectContract(api.editorReview, missingReport, "publishReport");

    const reviewerRevokes = await api.reviewerReview.delete(reportPath);
    expect(reviewerRevokes.status()).toBe(403);
    await expectContract(api.reviewerReview, reviewerRevokes, "revokePublicReport");
    const revoked = await api.editorReview.delete(reportPath);
    expect(revoked.status()).toBe(200);
    expect(await expectContract(api.editorReview, revoked, "revokePublicReport")).toEqual({ revoked: 1 });
    expect((await api.anonymous.get(publicPath)).status()).toBe(404);
    const nothingToRevoke = await api.editorReview.delete(reportPath);
    expect(nothingToRevoke.status()).toBe(422);
    expect(await expectContract(api.editorReview, nothingToRevoke, "revokePublicReport")).toMatchObject({
      detail: "This report has no public link to revoke.",
    });
    const missingRevoke = await api.editorReview.delete(`/api/v1/articles/${NO_SUCH_ID}/public-report`);
    expect(missingRevoke.status()).toBe(404);
    await expectContract(api.editorReview, missingRevoke, "revokePublicReport");

    // Reopening: an editor's, with a reason.
    const reopenPath = `/api/v1/articles/${fixture.article.id}/reopen`;
    const noReason = await api.editorReview.post(reopenPath, { data: {} });
    expect(noReason.status()).toBe(422);
    expect(await expectContract(api.editorReview, noReason, "reopenArticle")).toMatchObject({
      errors: [expect.objectContaining({ field: "reason" })],
    });
    const reviewerReopens = await api.reviewerReview.post(reopenPath, { data: { reason: "A typo." } });
    expect(reviewerReopens.status()).toBe(403);
    await expectContract(api.reviewerReview, reviewerReopens, "reopenArticle");
    const missingReopen = await api.editorReview.post(`/api/v1/articles/${NO_SUCH_ID}/reopen`, { data: { reason: "A typo." } });
    expect(missingReopen.status()).toBe(404);
    await expectContract(api.editorReview, missingReopen, "reopenArticle");
    const reopened = await api.editorReview.post(reopenPath, { data: { reason: "The council corrected its figure." } });
    expect(reopened.status()).toBe(200);
    expect(await expectContract(api.editorReview, reopened, "reopenArticle")).toEqual({ id: fixture.article.id, status: "IN_PROGRESS" });
    const notSignedOff = await api.editorReview.post(reopenPath, { data: { reason: "Again." } });
    expect(notSignedOff.status()).toBe(422);
    expect(await expectContract(api.editorReview, notSignedOff, "reopenArticle")).toMatchObject({
      detail: "Only a signed-off article can be reopened.",
    });
    await page.reload();
    await expect(page.locator(".article-header")).not.toContainText("Signed off");
  });
});

test("every export format downloads over the API with its media type, and a selection as one zip", async () => {
  const fixture = await buildFixture("signedOff", cast);
  const second = await buildFixture("approved", cast);
  const exportPath = (format: string, articleId = fixture.article.id) => `/api/v1/articles/${articleId}/export/${format}`;
  const client = api.reviewerExport;

  const download = async (format: string, mediaType: string) => {
    const response = await client.get(exportPath(format));
    expect(response.status(), `${format}: ${(await response.text()).slice(0, 200)}`).toBe(200);
    expect(response.headers()["content-type"]).toContain(mediaType);
    expect(response.headers()["content-disposition"]).toMatch(new RegExp(`^attachment; filename=".*-${fixture.article.id}\\.`));
    await expectContract(client, response, "exportArticle");
    return response.body();
  };

  expect((await download("pdf", "application/pdf")).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const rows = parse(await download("csv", "text/csv"), { bom: true, columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(1);
  expect(Object.values(rows[0]!)).toContainEqual(expect.stringContaining(CLAIM));
  const report = JSON.parse((await download("json", "application/json")).toString("utf8")) as {
    article: { id: string; status: string };
    findings: unknown[];
  };
  expect(report.article).toMatchObject({ id: fixture.article.id, status: "SIGNED_OFF" });
  expect(report.findings).toHaveLength(1);
  const claimReviews = JSON.parse((await download("claimreview", "application/ld+json")).toString("utf8")) as unknown[];
  expect(claimReviews).toEqual([expect.objectContaining({ "@type": "ClaimReview", claimReviewed: CLAIM })]);
  const w3c = JSON.parse((await download("w3c", 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"')).toString("utf8"));
  expect(w3c).toMatchObject({ type: "AnnotationCollection", total: 1 });
  expect((await download("markdown", "text/markdown")).toString("utf8")).toContain(fixture.article.title);

  const unknownFormat = await client.get(exportPath("docx"));
  expect(unknownFormat.status()).toBe(422);
  expect(await expectContract(client, unknownFormat, "exportArticle")).toMatchObject({
    errors: [expect.objectContaining({ field: "format", detail: expect.stringContaining("Choose a format") })],
  });
  const missing = await client.get(exportPath("pdf", NO_SUCH_ID));
  expect(missing.status()).toBe(404);
  await expectContract(client, missing, "exportArticle");
  const noScope = await api.reviewerRead.get(exportPath("pdf"));
  expect(noScope.status()).toBe(403);
  await expectContract(api.reviewerRead, noScope, "exportArticle");
  const unauthenticated = await api.anonymous.get(exportPath("pdf"));
  expect(unauthenticated.status()).toBe(401);
  await expectContract(api.anonymous, unauthenticated, "exportArticle");

  // The selection: one zip, one file per article, in the list's order whatever order the ids came in.
  const ids = `${fixture.article.id},${second.article.id}`;
  const zip = await client.get(`/api/v1/exports?articleIds=${ids}&format=csv`);
  expect(zip.status()).toBe(200);
  await expectContract(client, zip, "exportArticles");
  expect(zip.headers()["x-export-articles"]).toBe("2");
  const entries = unzipSync(new Uint8Array(await zip.body()));
  // Newest first (the list's default sort): the second article, imported later, comes first.
  expect(Object.keys(entries)).toEqual([expect.stringContaining(second.article.id), expect.stringContaining(fixture.article.id)]);
  for (const bytes of Object.values(entries)) expect(parse(Buffer.from(bytes), { bom: true, columns: true })).toHaveLength(1);

  const empty = await client.get("/api/v1/exports?articleIds=&format=csv");
  expect(empty.status()).toBe(422);
  expect(await expectContract(client, empty, "exportArticles")).toMatchObject({
    errors: [expect.objectContaining({ field: "articleIds", detail: "Select at least one article." })],
  });
  const oneMissing = await client.get(`/api/v1/exports?articleIds=${fixture.article.id},${NO_SUCH_ID}&format=pdf`);
  expect(oneMissing.status()).toBe(404);
  await expectContract(client, oneMissing, "exportArticles");
  const zipNoScope = await api.reviewerRead.get(`/api/v1/exports?articleIds=${ids}&format=csv`);
  expect(zipNoScope.status()).toBe(403);
  await expectContract(api.reviewerRead, zipNoScope, "exportArticles");
});

test("the library, similar fact-checks and search read over the API as on their pages", async () => {
  // A signed-off claim with a verdict joins the library as the desk's own entry.
  const fixture = await buildFixture("signedOff", cast);

  const library = await api.editorRead.get("/api/v1/fact-checks?origin=desk");
  expect(library.status()).toBe(200);
  const page = (await expectContract(api.editorRead, library, "listFactChecks")) as { entries: { claimReviewed: string }[] };
  expect(page.entries).toContainEqual(expect.objectContaining({ origin: "desk", claimReviewed: CLAIM }));
  // The library page is editors' and admins': a reviewer's token with the read scope is refused as there.
  const notEditor = await api.reviewerRead.get("/api/v1/fact-checks");
  expect(notEditor.status()).toBe(403);
  expect(await expectContract(api.reviewerRead, notEditor, "listFactChecks")).toMatchObject({
    detail: "Only editors and admins manage the fact-check library.",
  });
  const badCursor = await api.editorRead.get("/api/v1/fact-checks?after=garbage");
  expect(badCursor.status()).toBe(422);
  await expectContract(api.editorRead, badCursor, "listFactChecks");
  const badOrigin = await api.editorRead.get("/api/v1/fact-checks?origin=elsewhere");
  expect(badOrigin.status()).toBe(422);
  await expectContract(api.editorRead, badOrigin, "listFactChecks");

  const similar = await api.reviewerRead.get(`/api/v1/fact-checks/similar?text=${encodeURIComponent(CLAIM)}&limit=3`);
  expect(similar.status()).toBe(200);
  const matches = (await expectContract(api.reviewerRead, similar, "findSimilarFactChecks")) as { matches: { claimReviewed: string }[] };
  expect(matches.matches[0]).toMatchObject({ claimReviewed: CLAIM, origin: "desk" });
  const tooShort = await api.reviewerRead.get("/api/v1/fact-checks/similar?text=ab");
  expect(tooShort.status()).toBe(422);
  expect(await expectContract(api.reviewerRead, tooShort, "findSimilarFactChecks")).toMatchObject({
    errors: [expect.objectContaining({ field: "text" })],
  });
  const similarNoScope = await api.reviewerExport.get("/api/v1/fact-checks/similar?text=council");
  expect(similarNoScope.status()).toBe(403);
  await expectContract(api.reviewerExport, similarNoScope, "findSimilarFactChecks");

  const found = await api.reviewerRead.get(`/api/v1/search?q=${encodeURIComponent(fixture.article.title)}&type=article`);
  expect(found.status()).toBe(200);
  const results = (await expectContract(api.reviewerRead, found, "search")) as { results: { id: string; type: string }[] };
  expect(results.results).toContainEqual(expect.objectContaining({ type: "article", id: fixture.article.id }));
  const noQuery = await api.reviewerRead.get("/api/v1/search?q=");
  expect(noQuery.status()).toBe(422);
  expect(await expectContract(api.reviewerRead, noQuery, "search")).toMatchObject({
    errors: [expect.objectContaining({ field: "q", detail: "Type what to search for." })],
  });
  const searchUnauthenticated = await api.anonymous.get("/api/v1/search?q=council");
  expect(searchUnauthenticated.status()).toBe(401);
  await expectContract(api.anonymous, searchUnauthenticated, "search");
});
