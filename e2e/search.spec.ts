import { randomUUID } from "node:crypto";
import { test, expect, type Page } from "@playwright/test";
import { formError, importByPaste, storageStateFor, tagPhrase, uniqueArticle } from "./helpers";

// Search everything, as a reviewer uses it: the header's box, the results with the words marked,
// and a click that opens the finding's card. Then the same search over the JSON API.
test.use({ storageState: storageStateFor("reviewer") });

const openCard = (page: Page) => page.locator(".annotation-list > li[aria-current=true]");

/** A word no other test uses (letters only, so it is a word, not a number). */
const uniqueWord = () =>
  `Zorb${randomUUID()
    .replace(/[^a-f]/g, "")
    .slice(0, 8)}`;

test("the header's box finds a finding by its checkable claim; a click opens its card", async ({ page }) => {
  const word = uniqueWord();
  const articleId = await importByPaste(page, uniqueArticle("Search"));
  await tagPhrase(page, "frozen fares for the fourth year running", "c");
  await openCard(page).getByLabel("Checkable claim").fill(`${word} fares were frozen for four years running.`);
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();

  await page.goto("/");
  const box = page.getByRole("navigation", { name: "Main" }).getByRole("searchbox", { name: "Search everything" });
  await box.fill(`${word} "four years"`);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  const results = page.locator(".search-results > li");
  await expect(results).toHaveCount(1);
  await expect(results.first().locator(".search-type")).toHaveText("Claim");
  await expect(results.first().locator("mark")).toHaveText([word, "four years"]);

  await results.first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}\\?annotation=`));
  await expect(openCard(page).getByLabel("Checkable claim")).toHaveValue(`${word} fares were frozen for four years running.`);
});

test("the search page says what is wrong with a bad filter, beside the field", async ({ page }) => {
  await page.goto("/search?q=tax&from=2026-02-01&to=2026-01-01");
  await expect(formError(page)).toHaveText("The first date must not be after the last.");
  await expect(page.getByLabel("to", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.goto("/search?q=tax&after=junk");
  await expect(formError(page)).toContainText("That page link is not valid: start again from the first page.");
});

test("GET /api/search answers the same search as JSON, and 400 with a message per field for bad parameters", async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const word = uniqueWord();
  const article = uniqueArticle(`Search API ${word}`);
  const articleId = await importByPaste(page, article);

  const answer = await request.get(`/api/search?q=${encodeURIComponent(word)}&type=article`);
  expect(answer.status()).toBe(200);
  const body = (await answer.json()) as {
    results: { type: string; id: string; href: string; title: { text: string; highlights: unknown[] } }[];
    nextCursor: string | null;
  };
  expect(body.results).toHaveLength(1);
  expect(body.results[0]).toMatchObject({ type: "article", id: articleId, href: `/articles/${articleId}`, title: { text: article.title } });
  expect(body.nextCursor).toBeNull();

  const bad = await request.get("/api/search?q=&kind=RUMOUR&from=someday&after=x");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({
    code: "INVALID",
    fieldErrors: {
      q: "Type what to search for.",
      kind: "Choose a kind from the list: claim, quote or opinion.",
      from: "The first date must be a date (YYYY-MM-DD).",
    },
  });
  const cursor = await request.get(`/api/search?q=${word}&after=bm90LWEtY3Vyc29y`);
  expect(cursor.status()).toBe(400);
  expect(await cursor.json()).toMatchObject({ field: "after", error: "That page link is not valid: start again from the first page." });

  // Explicitly empty: inside a test, a new request context takes the test's options, its session included.
  const signedOut = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  expect((await signedOut.get(`/api/search?q=${word}`, { maxRedirects: 0 })).status()).toBe(401);
  await signedOut.dispose();
});
