import { test, expect, type Browser, type Page } from "@playwright/test";
import type pg from "pg";
import { storageStateFor } from "./helpers";
import { testDatabase } from "./people";
import { buildFixture, disposeCast, signOffCast, type Fixture, type SignOffCast } from "./review-desk";

// Two reviewers decide on one finding at the same moment. The server lets the first decision
// through (the version claim); the other reviewer typed nothing in the card's fields, so there is
// nothing to keep or merge: their card says in one line who decided what first, that their own
// decision was not recorded, and where the finding stands now. The field-edit conflict panel
// ("Keep theirs / Save mine over theirs") is for edits only and must not appear.

test.describe.configure({ timeout: 120_000 });

let db: pg.Pool;
let cast: SignOffCast;

test.beforeAll(async ({ playwright, baseURL }) => {
  // A new author, signed in over HTTP (password hashing is slow on purpose).
  test.setTimeout(120_000);
  db = testDatabase();
  cast = await signOffCast(playwright, baseURL!, db, "Race Author");
});

test.afterAll(async () => {
  await disposeCast(cast);
  await db?.end();
});

/** The finding's card, open, in a browser signed in as `role`. */
async function openFinding(browser: Browser, role: "editor" | "reviewer", f: Fixture) {
  const context = await browser.newContext({ storageState: storageStateFor(role) });
  const page = await context.newPage();
  await page.goto(`${f.article.path}?annotation=${f.annotation.id}`);
  const card = page.locator(`.annotation-list > li[data-annotation-id="${f.annotation.id}"]`);
  await expect(card).toHaveAttribute("aria-current", "true");
  await expect(card.getByRole("button", { name: /^Approve/ })).toBeVisible();
  // The server's HTML already shows the buttons; a click before hydration would be lost under load.
  // The live stream's status turns "live" only once the workbench runs in the browser.
  await expect(page.locator('[data-live-status="live"]')).toHaveCount(1);
  return { page, card, close: () => context.close() };
}

/**
 * Holds the page's next review decision (a server action naming a version) on its way until
 * `release` is called, so that it reaches the server after the other reviewer's decision.
 */
async function holdNextDecision(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held!: () => void;
  const isHeld = new Promise<void>((resolve) => (held = resolve));
  await page.route("**/articles/**", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"] && (request.postData() ?? "").includes('"version"')) {
      held();
      await released;
    }
    await route.fallback();
  });
  return { isHeld, release };
}

async function decisionsOn(annotationId: string) {
  const { rows } = await db.query<{ outcome: string }>(`SELECT outcome FROM "ReviewDecision" WHERE "annotationId" = $1`, [annotationId]);
  return rows.map((row) => row.outcome);
}

async function expectToldInOneLine(loser: Awaited<ReturnType<typeof openFinding>>, line: string, status: string) {
  const review = loser.card.getByRole("region", { name: "Review" });
  await expect(review.getByRole("alert")).toHaveText(line);
  await expect(loser.card.locator(".status")).toHaveText(status);
  // Nothing was typed in the fields: no conflict table, no keep/overwrite choice, nothing "not saved".
  await expect(loser.card.locator(".conflict")).toHaveCount(0);
  await expect(loser.card.getByRole("button", { name: "Keep theirs" })).toHaveCount(0);
  await expect(loser.card.locator(".save-status")).toHaveText("Saved");
}

test("approve against request changes: the approval lands first, the request for changes is told so in one line", async ({ browser }) => {
  const f = await buildFixture("submitted", cast);
  const winner = await openFinding(browser, "editor", f);
  const loser = await openFinding(browser, "reviewer", f);

  const hold = await holdNextDecision(loser.page);
  await loser.card.getByRole("button", { name: /^Request changes/ }).click();
  const reason = loser.card.getByLabel("What needs to change");
  await reason.fill("Name the year the rise applies to.");
  await loser.card.getByRole("button", { name: "Send request for changes" }).click();
  await hold.isHeld;

  await winner.card.getByRole("button", { name: /^Approve/ }).click();
  await expect(winner.card.locator(".status")).toHaveText("Approved");
  hold.release();

  await expectToldInOneLine(
    loser,
    "Eddie Editor approved this finding first, so your request for changes was not recorded. It is now Approved.",
    "Approved",
  );
  // What the reviewer typed as their reason is still there to copy, though it can no longer be sent.
  await expect(reason).toHaveValue("Name the year the rise applies to.");
  expect(await decisionsOn(f.annotation.id)).toEqual(["APPROVED"]);
  await Promise.all([winner.close(), loser.close()]);
});

test("two approvals at once: one is recorded, the other reviewer is told who approved first", async ({ browser }) => {
  const f = await buildFixture("submitted", cast);
  const winner = await openFinding(browser, "editor", f);
  const loser = await openFinding(browser, "reviewer", f);

  const hold = await holdNextDecision(loser.page);
  await loser.page.keyboard.press("a");
  await hold.isHeld;
  await winner.page.keyboard.press("a");
  await expect(winner.card.locator(".status")).toHaveText("Approved");
  hold.release();

  await expectToldInOneLine(
    loser,
    "Eddie Editor approved this finding first, so your approval was not recorded. It is now Approved.",
    "Approved",
  );
  expect(await decisionsOn(f.annotation.id)).toEqual(["APPROVED"]);
  await Promise.all([winner.close(), loser.close()]);
});
