import { test, expect } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { formError, storageStateFor, uniqueArticle } from "./helpers";
import { startFixtureServer } from "./fixture-server";

test.use({ storageState: storageStateFor("editor") });

let site: Awaited<ReturnType<typeof startFixtureServer>>;
test.beforeAll(async () => {
  site = await startFixtureServer();
});
test.afterAll(async () => {
  await site.close();
});

/** A copy of a saved page with a paragraph no other test has, so its text is never "already imported". */
function uniquePage(fixture: string, sentence: string) {
  const name = `${fixture}-${randomUUID().slice(0, 8)}`.replace(/[^a-z-]/g, "x");
  const token = randomUUID().slice(0, 8);
  const paragraph = `${sentence} (ref ${token}).`;
  site.serve(name, site.page(fixture).replace(/(<div class="(?:entry-content|story-body)">)/, `$1<p>${paragraph}</p>`));
  return { url: `${site.origin}/${name}`, name, paragraph };
}

async function fetchInForm(page: import("@playwright/test").Page, url: string) {
  await page.goto("/articles/new");
  await page.getByRole("radio", { name: "From a web address" }).click();
  await page.getByLabel("Page address").fill(url);
  await page.getByRole("button", { name: "Fetch" }).click();
}

test("a pasted link is fetched, its article shown with the metadata prefilled, corrected and saved", async ({ page }) => {
  const { url, paragraph } = uniquePage("news-with-sidebars", "The council said 4,000 homes would be built by 2030");
  await fetchInForm(page, url);

  const preview = page.getByRole("region", { name: "Article text found" });
  await expect(preview).toContainText(paragraph, { timeout: 20_000 });
  await expect(preview).toContainText("Hendon was the number three seat on Labour’s target list");
  for (const boilerplate of ["Most read", "Share on Facebook", "Reply", "Get the morning briefing"])
    await expect(preview).not.toContainText(boilerplate);

  await expect(page.getByLabel(/^Title/)).toHaveValue("Labour’s Jewish problem cost it seats it should have won");
  await expect(page.getByLabel("Byline")).toHaveValue("Daniel Green");
  await expect(page.getByLabel("Publisher")).toHaveValue("The Jewish Chronicle");
  await expect(page.getByLabel("Publication date")).toHaveValue("2015-05-12");
  await expect(page.getByLabel("Source URL")).toHaveValue(url);
  await expect(page.getByLabel(/^Canonical URL/)).toHaveValue("https://www.thejc.example/news/labour-jewish-problem-cost-seats");
  await expect(page.getByLabel("Language")).toHaveValue("en-GB");

  // The person importing corrects a field before saving.
  const title = `Labour’s Jewish problem ${randomUUID().slice(0, 6)}`;
  await page.getByLabel(/^Title/).fill(title);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator(".article-text")).toContainText(paragraph);
  await expect(page.locator(".article-text")).not.toContainText("Most read");
  await expect(page.getByText("Daniel Green").first()).toBeVisible();
});

test("a short story amid heavy site chrome is imported without the menus, share rows or notices", async ({ page }) => {
  // The story is short enough that Readability's pre-check turns it down: a reference added to a
  // sentence keeps its text unique without making it longer than that.
  const name = `news-brief-${randomUUID().slice(0, 8)}`.replace(/[^a-z-]/g, "x");
  const sentence = `All 46 passengers and crew were taken safely to the east bank (ref ${randomUUID().slice(0, 8)})`;
  site.serve(name, site.page("news-brief-heavy-chrome").replace("All 46 passengers and crew were taken safely to the east bank", sentence));
  await fetchInForm(page, `${site.origin}/${name}`);
  const preview = page.getByRole("region", { name: "Article text found" });
  await expect(preview).toContainText(sentence, { timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: "does not mark its article clearly" })).toBeVisible();
  const chrome = site.chrome("news-brief-heavy-chrome");
  for (const boilerplate of chrome) await expect(preview).not.toContainText(boilerplate);

  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Check where it starts and ends" })).toBeVisible({ timeout: 20_000 });
  const text = page.locator(".article-text");
  await expect(text).toContainText(sentence);
  await expect(text.locator("p").first()).toHaveText("Nile ferry services suspended after engine fire near Aswan");
  for (const boilerplate of chrome) await expect(text).not.toContainText(boilerplate);
});

test("a page with nothing credible is refused with the reason, and the paste form is offered; a local address is refused", async ({
  page,
}) => {
  const name = `login-wall-${randomUUID().slice(0, 8)}`.replace(/[^a-z-]/g, "x");
  site.serve(name, site.page("login-wall"));
  const url = `${site.origin}/${name}`;
  await fetchInForm(page, url);
  await expect(page.locator("#url-error")).toHaveText(/^This page asks you to sign in or subscribe .* paste it instead\.$/, {
    timeout: 20_000,
  });
  await expect(page.getByRole("region", { name: "Article text found" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Import" })).toBeDisabled();

  // The paste form, with the page's address kept as the source.
  await page.getByRole("button", { name: "Paste the article’s text instead" }).click();
  await expect(page.getByRole("radio", { name: "Paste text" })).toHaveAttribute("aria-checked", "true");
  await expect(page.getByText(`Copy the article’s text from ${url} and paste it here.`)).toBeVisible();
  await expect(page.getByLabel("Source URL")).toHaveValue(url);
  const article = uniqueArticle("Pasted from a walled page");
  await page.getByLabel("Article text").fill(article.text);
  await page.getByLabel(/^Title/).fill(article.title);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator(".article-text")).toContainText(article.text.split("\n\n")[0]!);

  await page.goto("/articles/new");
  await page.getByRole("radio", { name: "From a web address" }).click();

  // Only 127.0.0.1 is allowed for these tests: "localhost" is the same machine and stays refused.
  await page.getByLabel("Page address").fill(site.origin.replace("127.0.0.1", "localhost") + "/no-article");
  await page.getByRole("button", { name: "Fetch" }).click();
  await expect(page.locator("#url-error")).toHaveText(
    /localhost is a private or local address \(.+\); only public web pages can be fetched\./,
  );
  await expect(page.getByRole("region", { name: "Article text found" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Paste the article’s text instead" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Import" })).toBeDisabled();
});

test("check for changes shows a word-level diff and applies it as a correction", async ({ page }) => {
  const { url, name, paragraph } = uniquePage("opinion-column", "Turnout was 61 per cent in the by-election");
  await fetchInForm(page, url);
  await expect(page.getByRole("region", { name: "Article text found" })).toContainText(paragraph, { timeout: 20_000 });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.locator(".article-text")).toContainText(paragraph, { timeout: 20_000 });

  await page.getByRole("button", { name: "Check for changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "No changes" })).toBeVisible({ timeout: 20_000 });

  site.serve(
    name,
    site.page("opinion-column").replace(/(<div class="entry-content">)/, `$1<p>${paragraph.replace("61 per cent", "64 per cent")}</p>`),
  );
  await page.getByRole("button", { name: "Check for changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "has changed: 1 word(s) added, 1 removed" })).toBeVisible({ timeout: 20_000 });
  const diff = page.getByLabel("Differences");
  await expect(diff.locator("del")).toHaveText(["61"]);
  await expect(diff.locator("ins")).toHaveText(["64"]);

  await page.getByRole("button", { name: "Apply as a correction" }).click();
  await expect(page).toHaveURL(/\?corrected=/, { timeout: 20_000 });
  await expect(page.locator(".article-text")).toContainText("Turnout was 64 per cent");
});

test("a 2 MB upload of nested tags is refused with a message while the server keeps answering", async ({ page }) => {
  await page.goto("/articles/new");
  await page.getByRole("radio", { name: "Upload a file" }).click();
  await page
    .getByLabel(/^File/)
    .setInputFiles({ name: "nested.html", mimeType: "text/html", buffer: Buffer.from("<b><i>x".repeat(290_000)) });
  const submitted = page.getByRole("button", { name: "Import" }).click();
  // Another request to the same server while the upload is parsed: the old converter blocked it for minutes.
  const started = Date.now();
  const other = await page.request.get("/signin");
  const waited = Date.now() - started;
  expect(other.ok()).toBe(true);
  expect(waited).toBeLessThan(3000);
  await submitted;
  await expect(formError(page)).toHaveText(/nests its elements more than 400 levels deep/, { timeout: 20_000 });
});
