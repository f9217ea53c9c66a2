import { test, expect } from "@playwright/test";
import { importByPaste, selectWithMouse, storageStateFor, tagPhrase, uniqueArticle } from "./helpers";

test.use({ storageState: storageStateFor("reviewer") });

test("a span selected with the mouse is saved as a claim and highlighted again after reload", async ({ page }) => {
  const article = uniqueArticle("Annotate");
  await importByPaste(page, article);
  const phrase = "will rise by 4.99 per cent next year";
  await selectWithMouse(page, phrase);
  const toolbar = page.getByRole("toolbar", { name: "Tag the selected text" });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole("button", { name: /Claim/ }).click();

  const highlight = page.locator(".article-text .hl-claim");
  await expect(highlight).toHaveText(phrase);
  await expect(page.locator(".annotation-list li")).toHaveCount(1);

  await page.reload();
  await expect(page.locator(".article-text .hl-claim")).toHaveText(phrase);
  await expect(page.locator(".annotation-list .exact")).toHaveText(phrase);

  await page.goto("/");
  const row = page.getByRole("row").filter({ hasText: article.title });
  await expect(row.getByRole("cell").nth(4)).toHaveText("1");
  await expect(row.getByRole("cell").nth(7)).toHaveText("0 of 1");
  await expect(row.getByRole("cell").nth(8)).toHaveText("In progress");
});

test("quote and opinion by keyboard shortcut, overlapping spans both kept", async ({ page }) => {
  const article = uniqueArticle("Overlap");
  await importByPaste(page, article);
  await tagPhrase(page, "We have frozen fares for the fourth year running", "q");
  await tagPhrase(page, "frozen fares for the fourth year", "c");
  await tagPhrase(page, "the policy is a mistake", "o");
  await expect(page.locator(".annotation-list li")).toHaveCount(3);
  await page.reload();
  await expect(page.locator(".annotation-list .badge")).toHaveText(["Quote", "Claim", "Opinion"]);
  // The speaker was prefilled from “Mr Khan said:” in front of the quote.
  await expect(page.locator(".annotation-list > li").first()).toContainText("speaker: Mr Khan");
  // The claim sits inside the quote: where they overlap the text carries both highlights.
  await expect(page.locator(".article-text .hl-quote.hl-claim")).toHaveText("frozen fares for the fourth year");
  await expect(page.locator(".article-text .hl-quote")).toHaveText(["We have ", "frozen fares for the fourth year", " running"]);
  // Both are clickable: the overlap opens the inner claim, a second click the quote around it.
  const selectedCard = page.locator(".annotation-list > li[aria-current=true] .badge");
  await page.locator(".article-text .hl-quote.hl-claim").click();
  await expect(selectedCard).toHaveText("Claim");
  await page.locator(".article-text .hl-quote.hl-claim").click();
  await expect(selectedCard).toHaveText("Quote");
  await page.locator(".article-text .hl-quote").first().click();
  await expect(selectedCard).toHaveText("Quote");
});
