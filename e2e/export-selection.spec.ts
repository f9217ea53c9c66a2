import { test, expect, type APIResponse } from "@playwright/test";
import fs from "node:fs/promises";
import { unzipSync } from "fflate";
import type pg from "pg";
import { storageStateFor } from "./helpers";
import { testDatabase } from "./people";
import { buildFixture, disposeCast, importArticle, signOffCast, CLAIM, type SignOffCast } from "./review-desk";

// A selection from the article list as one zip: in the browser (tick two rows out of order, export,
// unzip), and /api/exports over HTTP: who may export what, bad input, the list's order and
// byte-identical downloads.
test.use({ storageState: storageStateFor("editor") });
test.describe.configure({ timeout: 120_000 });

let db: pg.Pool;
let cast: SignOffCast;

test.beforeAll(async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  db = testDatabase();
  cast = await signOffCast(playwright, baseURL!, db, "Selection Author");
});

test.afterAll(async () => {
  await disposeCast(cast);
  await db?.end();
});

function entries(zip: Buffer): [string, Buffer][] {
  return Object.entries(unzipSync(new Uint8Array(zip))).map(([name, bytes]) => [name, Buffer.from(bytes)]);
}

async function errorOf(response: APIResponse): Promise<string> {
  expect(response.headers()["content-type"]).toContain("application/json");
  return ((await response.json()) as { error: string }).error;
}

test("ticking two articles in the list, the lower one first, downloads one zip with a file for each in the list's order", async ({
  page,
}) => {
  const withClaim = await buildFixture("approved", cast);
  const plain = await importArticle(cast.author);
  await page.goto("/");
  // The list shows the newest first: the article imported last is the upper row.
  const titles = await page.locator(".article-table tbody tr td:nth-child(2)").allTextContents();
  expect(titles.indexOf(plain.title)).toBeGreaterThanOrEqual(0);
  expect(titles.indexOf(plain.title)).toBeLessThan(titles.indexOf(withClaim.article.title));
  await page.getByLabel(`Select “${withClaim.article.title}” for export`).check();
  await page.getByLabel(`Select “${plain.title}” for export`).check();
  const bar = page.getByRole("region", { name: "Export selected articles" });
  await bar.getByLabel("Format").selectOption({ label: "JSON (full report)" });
  const [download] = await Promise.all([page.waitForEvent("download"), bar.getByRole("button", { name: "Export 2 selected" }).click()]);
  expect(download.suggestedFilename()).toBe("factmark-json-2-articles.zip");
  await expect(bar.getByRole("status")).toContainText("Saved factmark-json-2-articles.zip (2 articles,");

  const files = entries(await fs.readFile((await download.path())!));
  expect(files.map(([name]) => name)).toEqual([
    expect.stringMatching(new RegExp(`-${plain.id}\\.json$`)),
    expect.stringMatching(new RegExp(`-${withClaim.article.id}\\.json$`)),
  ]);
  const [first, second] = files.map(
    ([, bytes]) => JSON.parse(bytes.toString("utf8")) as { article: { title: string }; findings: { exact: string }[] },
  );
  expect(first).toMatchObject({ article: { title: plain.title }, findings: [] });
  expect(second).toMatchObject({ article: { title: withClaim.article.title }, findings: [{ exact: CLAIM }] });

  await bar.getByRole("button", { name: "Clear selection" }).click();
  await expect(page.getByLabel(`Select “${plain.title}” for export`)).not.toBeChecked();
});

test("a list sorted oldest first exports oldest first: the bar sends the list's sort", async ({ page }) => {
  const older = await importArticle(cast.author);
  const newer = await importArticle(cast.author);
  // A publisher of this test's own, so the filtered list holds just these two.
  const publisher = `Order Gazette ${older.id}`;
  await db.query(`UPDATE "Article" SET publisher = $1 WHERE id = ANY($2)`, [publisher, [older.id, newer.id]]);
  await page.goto(`/?${new URLSearchParams({ publisher, sort: "oldest" })}`);
  await expect(page.locator(".article-table tbody tr td:nth-child(2)")).toHaveText([older.title, newer.title]);
  await page.getByLabel(`Select “${newer.title}” for export`).check();
  await page.getByLabel(`Select “${older.title}” for export`).check();
  const bar = page.getByRole("region", { name: "Export selected articles" });
  await bar.getByLabel("Format").selectOption({ label: "Markdown" });
  const [download] = await Promise.all([page.waitForEvent("download"), bar.getByRole("button", { name: "Export 2 selected" }).click()]);
  const names = entries(await fs.readFile((await download.path())!)).map(([name]) => name);
  expect(names).toEqual([expect.stringMatching(new RegExp(`-${older.id}\\.md$`)), expect.stringMatching(new RegExp(`-${newer.id}\\.md$`))]);
});

test.describe("GET /api/exports", () => {
  test("a reviewer who may not read one of the articles gets a refusal that leaks nothing, and no zip", async () => {
    const readable = await importArticle(cast.author);
    const archived = await importArticle(cast.author);
    await db.query(`UPDATE "Article" SET status = 'ARCHIVED' WHERE id = $1`, [archived.id]);

    const refused = await cast.author.request.get(`/api/exports?ids=${readable.id},${archived.id}&format=json`);
    expect(refused.status()).toBe(404);
    const message = await errorOf(refused);
    expect(message).toBe(`Nothing was exported: article ${archived.id} does not exist or you may not read it.`);
    expect(message).not.toContain(archived.title);

    // An id that does not exist gets the same answer: the refusal cannot tell the two apart.
    const unknown = await cast.author.request.get(`/api/exports?ids=${readable.id},nosucharticle&format=json`);
    expect(unknown.status()).toBe(404);
    expect(await errorOf(unknown)).toBe("Nothing was exported: article nosucharticle does not exist or you may not read it.");

    // Editors still read archived articles, so the same selection downloads for them.
    const allowed = await cast.editor.request.get(`/api/exports?ids=${readable.id},${archived.id}&format=json`);
    expect(allowed.status()).toBe(200);
    expect(allowed.headers()["x-export-articles"]).toBe("2");
    expect(entries(await allowed.body())).toHaveLength(2);
  });

  test("bad input is refused with a message", async () => {
    const article = await importArticle(cast.author);
    const ask = (query: string) => cast.author.request.get(`/api/exports?${query}`);
    const cases: [string, string][] = [
      ["ids=&format=json", "Select at least one article."],
      ["format=json", "Select at least one article."],
      [`ids=${article.id}&format=docx`, "Choose a format: pdf, json, csv, claimreview, w3c, markdown."],
      [`ids=${Array.from({ length: 501 }, (_, i) => `a${i}`).join(",")}&format=csv`, "Export at most 500 articles at once."],
    ];
    for (const [query, expected] of cases) {
      const response = await ask(query);
      expect(response.status(), query.slice(0, 60)).toBe(422);
      expect(await errorOf(response)).toContain(expected);
    }
  });

  test("a selection of 500 ids fits in a POST, and one too many is refused", async () => {
    // Ids as long as real ones (25 characters): only the first five are named in the refusal.
    const ids = Array.from({ length: 500 }, (_, i) => `c${String(i).padStart(24, "0")}`);
    const asked = await cast.author.request.post("/api/exports", { form: { ids: ids.join(","), format: "pdf" } });
    expect(asked.status()).toBe(404);
    expect(await errorOf(asked)).toBe(
      `Nothing was exported: 500 of the selected articles do not exist or you may not read them (${ids.slice(0, 5).join(", ")} and 495 more).`,
    );
    const tooMany = await cast.author.request.post("/api/exports", { form: { ids: [...ids, "c1"].join(","), format: "pdf" } });
    expect(tooMany.status()).toBe(422);
    expect(await errorOf(tooMany)).toContain("Export at most 500 articles at once.");
  });

  test("the same selection gives byte-identical zips, entries in the list's order for its sort, not the order sent", async () => {
    const older = await buildFixture("approved", cast);
    const newer = await importArticle(cast.author);
    const names = (zip: Buffer) => entries(zip).map(([name]) => name.slice(name.lastIndexOf("-") + 1));
    for (const format of ["pdf", "csv"]) {
      // Sent oldest first; the list's default sort shows the newest first.
      const url = `/api/exports?ids=${older.article.id},${newer.id}&format=${format}`;
      const [one, two] = await Promise.all([cast.author.request.get(url), cast.author.request.get(url)]);
      expect(one.status()).toBe(200);
      const [bytesOne, bytesTwo] = await Promise.all([one.body(), two.body()]);
      expect(bytesOne.equals(bytesTwo)).toBe(true);
      expect(names(bytesOne)).toEqual([`${newer.id}.${format}`, `${older.article.id}.${format}`]);
    }
    const oldest = await cast.author.request.get(`/api/exports?ids=${newer.id},${older.article.id}&format=json&sort=oldest`);
    expect(names(await oldest.body())).toEqual([`${older.article.id}.json`, `${newer.id}.json`]);
    const badSort = await cast.author.request.get(`/api/exports?ids=${newer.id}&format=json&sort=random`);
    expect(badSort.status()).toBe(422);
    expect(await errorOf(badSort)).toContain("Sort by newest, oldest or title.");
  });
});
