import { test, expect, type Page, type Route } from "@playwright/test";
import { importByPaste, selectWithMouse, storageStateFor, tagPhrase, uniqueArticle } from "./helpers";

// Nothing typed is lost: whatever happens to a request on its way (offline, dropped, a 500, slow),
// the edit stays on screen, the card says "Not saved", and it arrives once the server can be reached.

test.use({ storageState: storageStateFor("editor") });
// Each test waits out at least one failed request and its retry, on a machine that may be busy.
test.describe.configure({ timeout: 60_000 });

const card = (page: Page, text: string) => page.locator(".annotation-list > li").filter({ hasText: text });
const saveStatus = (page: Page, text: string) => card(page, text).locator(".save-status");

/** Server actions are POSTs to the page's own URL that carry a Next-Action header. */
async function onServerActions(page: Page, handle: (route: Route) => Promise<void>) {
  await page.route("**/articles/**", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) await handle(route);
    else await route.fallback();
  });
}

test("an autosave that fails on the way keeps the edit, says Not saved, and arrives once the request goes through", async ({ page }) => {
  await importByPaste(page, uniqueArticle("Dropped"));
  await tagPhrase(page, "Council tax in Barnet", "c");
  await onServerActions(page, (route) => route.abort("connectionreset"));

  await card(page, "Council tax in Barnet").getByLabel("Note").fill("Checked against the council minutes.");
  await expect(saveStatus(page, "Council tax in Barnet")).toContainText("Not saved: The server could not be reached.");
  await expect(card(page, "Council tax in Barnet").getByRole("button", { name: "Retry" })).toBeVisible();
  await expect(card(page, "Council tax in Barnet").getByLabel("Note")).toHaveValue("Checked against the council minutes.");

  await page.unroute("**/articles/**");
  // Retried by itself (first after one second), with the same edit.
  await expect(saveStatus(page, "Council tax in Barnet")).toHaveText("Saved", { timeout: 15_000 });
  await page.reload();
  await card(page, "Council tax in Barnet")
    .getByRole("button", { name: /^Claim/ })
    .click();
  await expect(card(page, "Council tax in Barnet").getByLabel("Note")).toHaveValue("Checked against the council minutes.");
});

test("a 500 from the server is Not saved with Retry, and Retry sends the edit", async ({ page }) => {
  await importByPaste(page, uniqueArticle("Crash"));
  await tagPhrase(page, "the policy is a mistake", "o");
  await onServerActions(page, (route) => route.fulfill({ status: 500, body: "Internal Server Error" }));

  await card(page, "the policy is a mistake").getByLabel("Opinion holder").fill("The columnist");
  await expect(saveStatus(page, "the policy is a mistake")).toContainText("Not saved");
  await page.unroute("**/articles/**");
  const retry = card(page, "the policy is a mistake").getByRole("button", { name: "Retry" });
  // The automatic retry may win the race with the click; either way the edit must arrive.
  await retry.click({ timeout: 2_000 }).catch(() => undefined);
  await expect(saveStatus(page, "the policy is a mistake")).toHaveText("Saved", { timeout: 15_000 });
  await page.reload();
  await card(page, "the policy is a mistake")
    .getByRole("button", { name: /^Opinion/ })
    .click();
  await expect(card(page, "the policy is a mistake").getByLabel("Opinion holder")).toHaveValue("The columnist");
});

test("offline: edits and new highlights wait on screen and are sent when the browser is back online", async ({ page, context }) => {
  await importByPaste(page, uniqueArticle("Offline"));
  await tagPhrase(page, "Council tax in Barnet", "c");
  await context.setOffline(true);

  await card(page, "Council tax in Barnet").getByLabel("Note").fill("Typed on the train.");
  await expect(saveStatus(page, "Council tax in Barnet")).toContainText("Not saved: You are offline.");

  await selectWithMouse(page, "the policy is a mistake");
  await page.keyboard.press("o");
  await expect(page.locator(".article-text .hl-failed")).toHaveText("the policy is a mistake");
  await expect(page.getByRole("alert").filter({ hasText: "1 new annotation is not saved yet" })).toBeVisible();

  await context.setOffline(false);
  await expect(page.locator(".article-text .hl-pending")).toHaveCount(0);
  await expect(page.locator(".article-text .hl-opinion")).toHaveText("the policy is a mistake");
  await expect(saveStatus(page, "Council tax in Barnet")).toHaveText("Saved");

  await page.reload();
  await expect(page.locator(".annotation-list > li")).toHaveCount(2);
  await card(page, "Council tax in Barnet")
    .getByRole("button", { name: /^Claim/ })
    .click();
  await expect(card(page, "Council tax in Barnet").getByLabel("Note")).toHaveValue("Typed on the train.");
});

test("deleting while the last edit is waiting or on its way saves it first, and Undo brings it back with the edit", async ({ page }) => {
  await importByPaste(page, uniqueArticle("Delete in flight"));
  await tagPhrase(page, "Council tax in Barnet", "c");
  // Every action takes a second longer, so the delete is pressed while the autosave is still out.
  await onServerActions(page, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.fallback();
  });

  const claim = card(page, "Council tax in Barnet");
  await claim.getByLabel("Note").fill("Last words before deleting.");
  await expect(claim.locator(".save-status")).toHaveText("Saving…");
  await claim.getByRole("button", { name: "Delete" }).click();
  await expect(page.locator(".annotation-list > li")).toHaveCount(0);
  await expect(page.locator("p.error[role=alert]")).toHaveCount(0);

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.locator(".annotation-list > li")).toHaveCount(1);
  // The restored card opens by itself.
  await expect(card(page, "Council tax in Barnet").getByLabel("Note")).toHaveValue("Last words before deleting.");

  // Typed and deleted at once, inside the autosave pause: the edit is saved before the delete.
  await card(page, "Council tax in Barnet").getByLabel("Note").fill("Edited, then deleted at once.");
  await card(page, "Council tax in Barnet").getByRole("button", { name: "Delete" }).click();
  await expect(page.locator(".annotation-list > li")).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.locator(".annotation-list > li")).toHaveCount(1);
  await page.unroute("**/articles/**");
  await page.reload();
  await card(page, "Council tax in Barnet")
    .getByRole("button", { name: /^Claim/ })
    .click();
  await expect(card(page, "Council tax in Barnet").getByLabel("Note")).toHaveValue("Edited, then deleted at once.");
});
