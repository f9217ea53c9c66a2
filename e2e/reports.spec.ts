import { test, expect, type Download } from "@playwright/test";
import fs from "node:fs/promises";
import type pg from "pg";
import { storageStateFor } from "./helpers";
import { testDatabase } from "./people";
import { buildFixture, disposeCast, signOffCast, CLAIM, type SignOffCast } from "./review-desk";

// The verdict report in the browser: the editor opens it, downloads every format, publishes it; a
// signed-out visitor reads the public link (with ClaimReview JSON-LD) until it is revoked (404).
test.use({ storageState: storageStateFor("editor") });
test.describe.configure({ timeout: 120_000 });

let db: pg.Pool;
let cast: SignOffCast;

test.beforeAll(async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  db = testDatabase();
  cast = await signOffCast(playwright, baseURL!, db, "Report Author");
});

test.afterAll(async () => {
  await disposeCast(cast);
  await db?.end();
});

async function read(download: Download): Promise<Buffer> {
  return fs.readFile((await download.path())!);
}

test("before sign-off the report is a DRAFT and cannot be published", async ({ page }) => {
  const f = await buildFixture("approved", cast);
  await page.goto(`${f.article.path}/report`);
  await expect(page.getByRole("heading", { level: 1, name: f.article.title })).toBeVisible();
  await expect(page.getByRole("note")).toHaveText("DRAFT — not signed off");
  await expect(page.getByRole("button", { name: "Publish report" })).toHaveCount(0);
  await expect(page.getByText("Only a signed-off report can be published.")).toBeVisible();
});

test("a signed-off report: every format downloads, the public link works signed out, and 404s once revoked", async ({ page, browser }) => {
  const f = await buildFixture("signedOff", cast);
  await page.goto(f.article.path);
  await page.getByRole("link", { name: "Verdict report and exports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: f.article.title })).toBeVisible();
  const finding = page.locator(".finding").first();
  await expect(finding.locator(".finding-passage mark")).toHaveText(CLAIM);
  await expect(finding.locator(".verdict-label")).toHaveText("Mostly false");
  await expect(finding).toContainText("https://www.barnet.gov.uk/council-tax");
  await expect(page.locator(".report-signoff .chain-head")).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByRole("note")).toHaveCount(0);

  const downloads = page.getByRole("navigation", { name: "Downloads" });
  const expectations: Record<string, (bytes: Buffer, name: string) => void> = {
    "PDF report": (b, name) => {
      expect(name).toMatch(/\.pdf$/);
      expect(b.subarray(0, 5).toString()).toBe("%PDF-");
    },
    "JSON (full report)": (b) =>
      expect(JSON.parse(b.toString("utf8"))).toMatchObject({ schemaVersion: "1.2.0", article: { title: f.article.title } }),
    "CSV (one row per annotation)": (b) => {
      expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(b.toString("utf8")).toContain(CLAIM);
    },
    "ClaimReview JSON-LD": (b) => {
      const [review] = JSON.parse(b.toString("utf8")) as {
        "@type": string;
        claimReviewed: string;
        reviewRating: { alternateName: string };
      }[];
      expect(review).toMatchObject({ "@type": "ClaimReview", claimReviewed: CLAIM, reviewRating: { alternateName: "Mostly false" } });
    },
    "W3C Web Annotation": (b) => {
      const collection = JSON.parse(b.toString("utf8")) as {
        type: string;
        first: { items: { target: { selector: { exact?: string }[] } }[] };
      };
      expect(collection.type).toBe("AnnotationCollection");
      expect(collection.first.items[0]!.target.selector[0]!.exact).toBe(CLAIM);
    },
    Markdown: (b) => expect(b.toString("utf8")).toContain("**Verdict: Mostly false**"),
  };
  for (const [label, check] of Object.entries(expectations)) {
    const [download] = await Promise.all([page.waitForEvent("download"), downloads.getByRole("link", { name: label }).click()]);
    check(await read(download), download.suggestedFilename());
  }

  await page.getByRole("button", { name: "Publish report" }).click();
  const link = page.getByRole("group", { name: "Public link" }).getByRole("link");
  await expect(link).toHaveAttribute("href", /\/r\/[A-Za-z0-9_-]{40,}$/);
  const publicUrl = (await link.getAttribute("href"))!;

  const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const anonymous = await visitor.newPage();
  const response = await anonymous.goto(publicUrl);
  expect(response?.status()).toBe(200);
  await expect(anonymous.getByRole("heading", { level: 1, name: f.article.title })).toBeVisible();
  await expect(anonymous.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(anonymous.getByRole("navigation", { name: "Downloads" })).toHaveCount(0);
  const jsonLd = JSON.parse((await anonymous.locator('script[type="application/ld+json"]').textContent())!) as {
    url: string;
    claimReviewed: string;
  }[];
  expect(jsonLd[0]).toMatchObject({ claimReviewed: CLAIM, url: expect.stringContaining(`${publicUrl}#finding-`) });

  await page.getByRole("button", { name: "Revoke public link" }).click();
  await expect(page.getByRole("button", { name: "Publish report" })).toBeVisible();
  const after = await anonymous.goto(publicUrl);
  expect(after?.status()).toBe(404);
  await visitor.close();
});
