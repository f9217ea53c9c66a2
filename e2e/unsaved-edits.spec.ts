import { test, expect, type Page, type Route } from "@playwright/test";
import { importByPaste, selectWithMouse, storageStateFor, tagPhrase, uniqueArticle } from "./helpers";
import { testDatabase } from "./people";
import { AUTOSAVE_DELAY_MS } from "../components/annotations/store/autosave-timing";

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
  const opinion = card(page, "the policy is a mistake");
  const annotationId = await opinion.getAttribute("data-annotation-id");
  // The page's timers stand still from here on: the autosave goes out when the test moves the clock,
  // and the automatic retry never comes by itself, so only the Retry click can send the edit again.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1_000);
  let isDown = true;
  const sent: string[] = [];
  await onServerActions(page, async (route) => {
    sent.push(route.request().postData() ?? "");
    if (isDown) await route.fulfill({ status: 500, body: "Internal Server Error" });
    else await route.fallback();
  });

  await opinion.getByLabel("Opinion holder").fill("The columnist");
  await page.clock.runFor(AUTOSAVE_DELAY_MS);
  await expect(saveStatus(page, "the policy is a mistake")).toContainText("Not saved");
  expect(sent).toHaveLength(1);

  isDown = false;
  const retried = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  await opinion.getByRole("button", { name: "Retry" }).click();
  expect((await retried).postData()).toContain("The columnist");
  await expect(saveStatus(page, "the policy is a mistake")).toHaveText("Saved");
  // One failed autosave and the one the click sent: no timer sent anything.
  expect(sent).toHaveLength(2);
  const db = testDatabase();
  const { rows } = await db.query(`SELECT holder FROM "Annotation" WHERE id = $1`, [annotationId]);
  await db.end();
  expect(rows).toEqual([{ holder: "The columnist" }]);
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
  // Every server action is held a second on purpose: at the loaded end of a CI run this took 66 s
  // of the default 60 (28 s on a quiet machine).
  test.slow();
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

test("a space typed before a pause survives the autosave: the field and the database keep it", async ({ page }) => {
  await importByPaste(page, uniqueArticle("Pause"));
  await tagPhrase(page, "Council tax in Barnet", "c");
  const claim = card(page, "Council tax in Barnet");
  const annotationId = await claim.getAttribute("data-annotation-id");
  const note = claim.getByLabel("Note");
  const checkable = claim.getByLabel("Checkable claim");

  await note.click();
  await page.keyboard.type("hello ");
  // A real pause, longer than the autosave's: the first half is saved while the caret waits after the space.
  await page.waitForTimeout(1_500);
  await expect(saveStatus(page, "Council tax in Barnet")).toHaveText("Saved");
  await page.keyboard.type("world");
  await expect(note).toHaveValue("hello world");

  await checkable.fill("");
  await checkable.pressSequentially("per the ");
  await page.waitForTimeout(1_500);
  await expect(saveStatus(page, "Council tax in Barnet")).toHaveText("Saved");
  await checkable.pressSequentially("JC poll");
  await expect(checkable).toHaveValue("per the JC poll");
  await expect(saveStatus(page, "Council tax in Barnet")).toHaveText("Saved");

  const db = testDatabase();
  const { rows } = await db.query(`SELECT note, "claimText" FROM "Annotation" WHERE id = $1`, [annotationId]);
  await db.end();
  expect(rows).toEqual([{ note: "hello world", claimText: "per the JC poll" }]);
});
