import { test, expect } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { formError, importByPaste, storageStateFor, uniqueArticle } from "./helpers";
import { createUser, signIn, withDatabase } from "./work-seed";

test.use({ storageState: storageStateFor("editor") });

const SECTION_FRONT = path.join(import.meta.dirname, "../lib/import/fixtures/pages/no-article.html");

test("pasted text is imported, listed with its counts and shown with its paragraphs", async ({ page }) => {
  const article = uniqueArticle("Pasted");
  await importByPaste(page, article);
  await expect(page.locator(".article-text p")).toHaveCount(3);
  await expect(page.locator(".article-text p").nth(1)).toHaveText(article.text.split("\n\n")[1]!);

  await page.goto("/");
  const row = page.getByRole("row").filter({ hasText: article.title });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell")).toHaveText([
    "",
    article.title,
    "—",
    /^imported \d{1,2} [A-Z][a-z]{2} \d{4}$/,
    "0",
    "0",
    "0",
    "—",
    "New",
  ]);
});

test("the article page is titled with the article's title, for those who may read it only", async ({ page, browser }) => {
  const article = uniqueArticle("Titled");
  const id = await importByPaste(page, article);
  await expect(page).toHaveTitle(`${article.title} · Factmark`);
  // Archived: off the desk for a reviewer, so not even its title may reach one.
  await withDatabase((db) => db.query(`UPDATE "Article" SET status = 'ARCHIVED' WHERE id = $1`, [id]));
  const reviewer = await signIn(browser, await withDatabase((db) => createUser(db, "REVIEWER", "title-reader")));
  const response = await reviewer.goto(`/articles/${id}`);
  expect(response?.status()).toBe(404);
  await expect(reviewer).not.toHaveTitle(new RegExp(article.title));
  await reviewer.context().close();
});

test("an uploaded HTML file keeps its paragraphs and drops its scripts", async ({ page }) => {
  const token = Date.now().toString(36);
  const html = `<html><head><title>Upload ${token}</title><script>alert("x")</script></head>
    <body><h1>Upload ${token}</h1><p>First paragraph with “curly quotes” and £40.</p><p>Second paragraph.</p></body></html>`;
  await page.goto("/articles/new");
  await page.getByRole("radio", { name: "Upload a file" }).click();
  await page.getByLabel(/^File/).setInputFiles({ name: "story.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await page.getByRole("button", { name: "Import" }).click();
  // Import, redirect and first render: allow for a busy machine, as importByPaste does.
  await expect(page.getByRole("heading", { level: 1, name: `Upload ${token}` })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator(".article-text")).toContainText("First paragraph with “curly quotes” and £40.");
  await expect(page.locator(".article-text")).not.toContainText("alert");
});

test("bad files get a clear message and nothing is saved", async ({ browser }) => {
  // A fresh editor: the articles they created are exactly what this test saved, whatever other
  // specs import meanwhile, and wherever a saved article would sort in the list.
  const editor = await withDatabase((db) => createUser(db, "EDITOR", "bad-files"));
  const savedBy = () =>
    withDatabase(async (db) => {
      const { rows } = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM "Article" WHERE "createdById" = $1`, [
        editor.id,
      ]);
      return rows[0]!.count;
    });
  const page = await signIn(browser, editor, "/articles/new");
  await page.getByRole("radio", { name: "Upload a file" }).click();
  const cases = [
    { file: { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) }, message: /empty/i },
    {
      file: { name: "photo.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]) },
      message: /binary|not a text/i,
    },
    {
      file: { name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xa3, 0x35]) },
      message: /UTF-8/,
    },
    {
      file: { name: "report.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") },
      message: /not a \.txt, \.md or \.html file/,
    },
    // A saved section front: nothing in it is an article, so nothing of it is imported.
    {
      file: { name: "section-front.html", mimeType: "text/html", buffer: fs.readFileSync(SECTION_FRONT) },
      message: /^No article was found on this page: it shows only menus, links and notices .* paste it instead\.$/,
    },
  ];
  for (const { file, message } of cases) {
    await page.getByLabel(/^File/).setInputFiles(file);
    await page.getByRole("button", { name: "Import" }).click();
    await expect(formError(page)).toHaveText(message);
    await expect(page).toHaveURL(/\/articles\/new$/);
  }
  // Too large to send at all: the browser says so before uploading, and the form is not submitted.
  const file = page.getByLabel(/^File/);
  await file.setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(2 * 1024 * 1024 + 10, "a") });
  await page.getByRole("button", { name: "Import" }).click();
  expect(await file.evaluate((input: HTMLInputElement) => input.validationMessage)).toBe("The file is 2.00001 MB; the limit is 2 MB.");
  await expect(page).toHaveURL(/\/articles\/new$/);
  expect(await savedBy()).toBe(0);

  // The paste form the refusal offers saves, and the count sees it: it counts this editor's articles.
  await page.getByRole("button", { name: "Paste the article’s text instead" }).click();
  const article = uniqueArticle("Pasted after a refused page");
  await page.getByLabel("Article text").fill(article.text);
  await page.getByLabel(/^Title/).fill(article.title);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible({ timeout: 20_000 });
  expect(await savedBy()).toBe(1);
  await page.context().close();
});

test("importing the same text twice links to the first import", async ({ page }) => {
  const article = uniqueArticle("Twice");
  const firstId = await importByPaste(page, article);
  await page.goto("/articles/new");
  await page.getByLabel("Article text").fill(article.text.replace(/\n\n/g, "\r\n\r\n\r\n"));
  await page.getByRole("button", { name: "Import" }).click();
  await expect(formError(page)).toContainText(`already imported as “${article.title}”`);
  await page.getByRole("link", { name: "Open the existing article" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${firstId}$`));
});

test("the derived title and other details can be edited after import; a blank title is refused", async ({ page }) => {
  const article = uniqueArticle("Details");
  await importByPaste(page, article);
  await page.getByText("Edit details").click();
  await page.getByLabel("Title", { exact: true }).fill("");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(formError(page)).toHaveText("Enter a title.");
  // The message also stands at the field it is about, as the field's description.
  await expect(page.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Title", { exact: true })).toHaveAccessibleDescription("Enter a title.");
  await page.getByLabel("Title", { exact: true }).fill(`Barnet council tax ${article.title}`);
  await page.getByLabel("Publisher").fill("Barnet Post");
  await page.getByLabel("Publication date").fill("2026-11-20");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Barnet council tax ${article.title}`);
  await expect(page.locator(".article-header .meta")).toContainText("Barnet Post · 20 Nov 2026");
});
