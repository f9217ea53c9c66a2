import { test, expect } from "@playwright/test";
import path from "node:path";
import type pg from "pg";
import { storageStateFor } from "./helpers";
import { testDatabase } from "./people";
import { demoActor, importArticle, type Actor } from "./review-desk";

// W3C Web Annotation import from the article page: a file of three annotations, one placed where
// its position says, one whose position is stale (re-anchored by its quote), one whose quote is
// not in the article (reported, not imported).
test.use({ storageState: storageStateFor("editor") });

const FIXTURE = path.join(import.meta.dirname, "fixtures", "web-annotations.json");
let db: pg.Pool;
let editor: Actor;

test.beforeAll(async ({ playwright, baseURL }) => {
  db = testDatabase();
  editor = await demoActor(playwright, baseURL!, "editor");
});

test.afterAll(async () => {
  await editor?.request.dispose();
  await db?.end();
});

test("importing a W3C file reports what was placed, what was re-anchored and what could not be placed", async ({ page }) => {
  const article = await importArticle(editor);
  await page.goto(article.path);
  await page.getByLabel("Import annotations (W3C JSON-LD)").setInputFiles(FIXTURE);

  const result = page.locator(".import-annotations [role=status]");
  await expect(result).toContainText(
    "2 annotations imported as drafts, 1 of them re-anchored by their quote because the text had moved; 1 could not be placed.",
  );
  await expect(page.getByRole("list", { name: "Annotations not placed" }).getByRole("listitem")).toHaveText([
    "“the mayor resigned on Monday”: Its quote is not in this article's text.",
  ]);

  const { rows } = await db.query<{ kind: string; exact: string; status: string }>(
    `SELECT kind, exact, status FROM "Annotation" WHERE "articleId" = $1 AND "deletedAt" IS NULL ORDER BY start`,
    [article.id],
  );
  expect(rows).toEqual([
    { kind: "CLAIM", exact: "council tax in Barnet will rise by 4.99 per cent next year", status: "DRAFT" },
    { kind: "OPINION", exact: "the £1.2 billion funding gap", status: "DRAFT" },
  ]);

  // The open workbench hears of them (live updates) and shows both as highlights, without a reload.
  await expect(page.locator(".annotation-list li")).toHaveCount(2);
  await expect(page.locator(".article-text .hl-claim")).toHaveText("council tax in Barnet will rise by 4.99 per cent next year");
  await expect(page.locator(".article-text .hl-opinion")).toHaveText("the £1.2 billion funding gap");
});

test("a file that is not a W3C annotation file is refused with a message, and nothing is imported", async ({ page }) => {
  const article = await importArticle(editor);
  await page.goto(article.path);
  await page.getByLabel("Import annotations (W3C JSON-LD)").setInputFiles({
    name: "notes.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ hello: "world" })),
  });
  await expect(page.locator(".import-annotations [role=alert]")).toBeVisible();
  const { rows } = await db.query(`SELECT id FROM "Annotation" WHERE "articleId" = $1`, [article.id]);
  expect(rows).toHaveLength(0);
});
