// Live collaboration: two and three people (separate browser contexts, separate sessions) on one
// article see each other's work without reloading, and a dropped stream catches up.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { importByPaste, storageStateFor, tagPhrase, uniqueArticle } from "./helpers";

const openCard = (page: Page) => page.locator(".annotation-list > li[aria-current=true]");

async function openAs(browser: Browser, role: "admin" | "editor" | "reviewer", articleId: string): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateFor(role) });
  const page = await context.newPage();
  await page.goto(`/articles/${articleId}`);
  await expect(page.locator(".article-text")).toContainText("Council tax");
  return page;
}

const card = (page: Page, phrase: string) => page.locator(".annotation-list > li").filter({ hasText: phrase });

test("B and C see A's new highlight and card, and A's verdict change, without reloading", async ({ browser }) => {
  const authorContext = await browser.newContext({ storageState: storageStateFor("editor") });
  const author = await authorContext.newPage();
  const articleId = await importByPaste(author, uniqueArticle("Live"));
  const viewer = await openAs(browser, "reviewer", articleId);
  const third = await openAs(browser, "admin", articleId);
  // Nobody reloads from here on: a reload would make the rest of the test prove nothing.
  let reloads = 0;
  // A document load, not a same-document update: the article-wide status change ("In progress" with
  // the first annotation) refreshes the server-rendered header in place, which keeps the page.
  for (const page of [viewer, third]) page.on("load", () => reloads++);

  await tagPhrase(author, "frozen fares", "c");
  for (const page of [viewer, third]) {
    await expect(page.locator(".article-text .hl-claim")).toHaveText("frozen fares");
    await expect(card(page, "frozen fares")).toBeVisible();
  }

  // The viewer opens the card; with nothing typed there, it follows the author's changes in place.
  await card(viewer, "frozen fares").getByRole("button").first().click();
  await openCard(author).getByLabel("Verdict").selectOption("FALSE");
  await expect(author.getByText("Saved", { exact: true })).toBeVisible();
  await expect(openCard(viewer).getByLabel("Verdict")).toHaveValue("FALSE");
  await expect(card(third, "frozen fares").locator(".verdict")).toHaveText("False");

  await openCard(author).getByLabel("Checkable claim").fill("Fares have been frozen for four years running.");
  await expect(openCard(viewer).getByLabel("Checkable claim")).toHaveValue("Fares have been frozen for four years running.");
  expect(reloads).toBe(0);
});

test("a card with unsaved edits keeps them and shows 'Changed by <name> just now' with both versions", async ({ browser }) => {
  const authorContext = await browser.newContext({ storageState: storageStateFor("editor") });
  const author = await authorContext.newPage();
  const articleId = await importByPaste(author, uniqueArticle("Live clash"));
  await tagPhrase(author, "frozen fares", "c");
  const viewer = await openAs(browser, "admin", articleId);
  await card(viewer, "frozen fares").getByRole("button").first().click();
  // The viewer's saves fail on the way (server actions POST to the page), so their edit stays unsaved.
  await viewer.route(`**/articles/${articleId}`, (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
  await openCard(viewer).getByLabel("Checkable claim").fill("The viewer's sentence.");
  await expect(viewer.locator(".save-status")).toContainText("Not saved");

  await openCard(author).getByLabel("Checkable claim").fill("The author's sentence.");
  await expect(author.getByText("Saved", { exact: true })).toBeVisible();

  await expect(viewer.getByRole("alert").filter({ hasText: "Changed by" })).toContainText("Changed by Eddie Editor just now");
  await expect(viewer.getByTestId("theirs-claimText")).toHaveText("The author's sentence.");
  await expect(viewer.getByTestId("mine-claimText")).toHaveText("The viewer's sentence.");
  await expect(openCard(viewer).getByLabel("Checkable claim")).toHaveValue("The viewer's sentence.");

  // Keeping theirs takes the author's version; nothing was overwritten on the server meanwhile.
  await viewer.unroute(`**/articles/${articleId}`);
  await viewer.getByRole("button", { name: "Keep theirs" }).click();
  await expect(openCard(viewer).getByLabel("Checkable claim")).toHaveValue("The author's sentence.");
});

test("a blocked stream says Reconnecting… and, once restored, catches up on what it missed", async ({ browser }) => {
  // Two pages, five changes and a reconnection on a shared machine.
  test.setTimeout(120_000);
  const authorContext = await browser.newContext({ storageState: storageStateFor("editor") });
  const author = await authorContext.newPage();
  const articleId = await importByPaste(author, uniqueArticle("Live drop"));
  await tagPhrase(author, "frozen fares", "c");

  const viewerContext = await browser.newContext({ storageState: storageStateFor("reviewer") });
  const viewer = await viewerContext.newPage();
  const reconnecting = viewer.locator(".live-status").filter({ hasText: "Reconnecting…" });
  // The stream is cut from the start: the page loads, but no event can reach it.
  await viewer.route("**/events?**", (route) => route.abort());
  await viewer.goto(`/articles/${articleId}`);
  await expect(viewer.locator(".article-text .hl-claim")).toHaveCount(1);
  await expect(reconnecting).toBeVisible();

  await tagPhrase(author, "policy is a mistake", "o");
  await tagPhrase(author, "4.99 per cent", "c");
  await openCard(author).getByLabel("Verdict").selectOption("TRUE");
  await expect(author.getByText("Saved", { exact: true })).toBeVisible();
  await card(author, "frozen fares").getByRole("button").first().click();
  await author.keyboard.press("Delete");
  await expect(author.locator(".annotation-list > li")).toHaveCount(2);
  // Still cut off: the viewer has seen none of it.
  await expect(viewer.locator(".article-text .hl-opinion")).toHaveCount(0);
  await expect(viewer.locator(".annotation-list > li")).toHaveCount(1);

  await viewer.unroute("**/events?**");
  await expect(reconnecting).toHaveCount(0, { timeout: 15_000 });
  await expect(viewer.locator(".article-text .hl-opinion")).toHaveText("policy is a mistake");
  await expect(viewer.locator(".article-text .hl-claim")).toHaveText("4.99 per cent");
  await expect(viewer.locator(".annotation-list > li")).toHaveCount(2);
  await expect(card(viewer, "4.99 per cent").locator(".verdict")).toHaveText("True");
});

test("the event stream refuses a signed-out request and an article the viewer cannot see", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const signedOut = await anonymous.get("/api/articles/nope/events");
  expect(signedOut.status()).toBe(401);
  const reviewer = await playwright.request.newContext({ baseURL, storageState: storageStateFor("reviewer") });
  const missing = await reviewer.get("/api/articles/not-an-article/events");
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toMatchObject({ code: "NOT_FOUND" });
});
