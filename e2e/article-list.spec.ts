import { randomUUID } from "node:crypto";
import { test, expect } from "@playwright/test";
import { importByPaste, storageStateFor, uniqueArticle } from "./helpers";

test.use({ storageState: storageStateFor("editor") });

test("the article list pages by link, filters by status, and says so when a page link is stale", async ({ page }) => {
  // A publisher of their own, so articles other tests import meanwhile do not land between them.
  const publisher = `Paging Gazette ${randomUUID().slice(0, 8)}`;
  const imported = [uniqueArticle("Paged one"), uniqueArticle("Paged two"), uniqueArticle("Paged three")];
  for (const article of imported) await importByPaste(page, { ...article, publisher });

  await page.goto(`/?publisher=${encodeURIComponent(publisher)}&limit=2`);
  const titles = () => page.locator(".article-table tbody tr a[href^='/articles/']").allTextContents();
  const first = await titles();
  expect(first).toHaveLength(2);
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/after=/);
  await expect.poll(async () => (await titles())[0]).not.toBe(first[0]);
  const second = await titles();
  expect(second).toHaveLength(1);
  expect(second.filter((title) => first.includes(title))).toEqual([]);
  await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);
  // Last imported first, the publisher filter kept from page to page.
  expect([...first, ...second]).toEqual(imported.map((article) => article.title).reverse());
  await page.getByRole("link", { name: "First page" }).click();
  await expect.poll(titles).toEqual(first);

  await page.goto("/");
  await page.getByLabel("Status").selectOption("NEW");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=NEW/);
  const statuses = await page.locator(".article-table tbody tr td:last-child").allTextContents();
  expect(statuses.length).toBeGreaterThan(0);
  expect(new Set(statuses)).toEqual(new Set(["New"]));

  await page.goto("/?after=bm90LWEtY3Vyc29y");
  // Next's route announcer is an alert too: look for ours by its text.
  await expect(page.getByRole("alert").filter({ hasText: "That page link is not valid: start again from the first page." })).toBeVisible();
  await page.goto("/?limit=5000");
  await expect(page.getByRole("alert").filter({ hasText: "A page holds at most 200 articles." })).toBeVisible();
});

test("GET /api/articles pages with a cursor and answers bad queries with 422 and a message", async ({ page }) => {
  const first = await (await page.request.get("/api/articles?limit=1")).json();
  expect(first.articles).toHaveLength(1);
  expect(typeof first.nextCursor).toBe("string");
  const second = await (await page.request.get(`/api/articles?limit=1&after=${first.nextCursor}`)).json();
  expect(second.articles[0].id).not.toBe(first.articles[0].id);

  for (const [query, message] of [
    ["limit=0", "The page size must be at least 1."],
    ["sort=random", "Sort by newest, oldest or title."],
    ["after=%7B%7D", "That page link is not valid: start again from the first page."],
    ["from=2026-13-01", "The first date must be a date (YYYY-MM-DD)."],
  ]) {
    const response = await page.request.get(`/api/articles?${query}`);
    expect(response.status(), query).toBe(422);
    expect((await response.json()).error, query).toBe(message);
  }
});
