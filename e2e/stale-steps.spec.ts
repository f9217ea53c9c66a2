// A step that carries nothing typed (Submit for review, Delete) taken on a stale view: someone else
// saved the finding first, so the step names a version that is gone and is refused. Nothing was
// typed, so there is nothing to keep or compare: the card takes the finding as it is now and says
// so in one line. The field-edit conflict table ("Keep theirs / Save mine over theirs") is for
// field edits only and must not appear, least of all empty.
import { expect, test, type Browser, type Page } from "@playwright/test";
import type pg from "pg";
import { importByPaste, storageStateFor, tagPhrase, uniqueArticle } from "./helpers";
import { testDatabase } from "./people";

const PHRASE = "In my view, the policy is a mistake";
const WINNERS_NOTE = "Opinion of the council leader, not the paper's.";

let db: pg.Pool;
test.beforeAll(() => void (db = testDatabase()));
test.afterAll(async () => await db?.end());

const card = (page: Page) => page.locator(".annotation-list > li").filter({ hasText: PHRASE });

/** A page whose live event stream never connects: it sees only what its own calls answer. */
async function blindPage(browser: Browser, role: "editor" | "admin"): Promise<Page> {
  const page = await (await browser.newContext({ storageState: storageStateFor(role) })).newPage();
  // A predicate, not a glob: the stream's URL carries a query string.
  await page.route(
    (url) => url.pathname.endsWith("/events"),
    (route) => route.abort(),
  );
  return page;
}

/** An opinion (nothing needed before review) on a new article, open in two blind views; the admin then saves a note. */
async function staleView(browser: Browser) {
  const winner = await blindPage(browser, "admin");
  const articleId = await importByPaste(winner, uniqueArticle("Stale step"));
  await tagPhrase(winner, PHRASE, "o");
  const annotationId = (await card(winner).getAttribute("data-annotation-id"))!;
  const loser = await blindPage(browser, "editor");
  await loser.goto(`/articles/${articleId}?annotation=${annotationId}`);
  await expect(card(loser)).toHaveAttribute("aria-current", "true");
  await expect(card(loser).getByLabel("Note")).toHaveValue("");

  await card(winner).getByLabel("Note").fill(WINNERS_NOTE);
  await expect(card(winner).locator(".save-status")).toHaveText("Saved");
  return { loser, annotationId };
}

async function expectToldInOneLine(loser: Page, line: string) {
  await expect(card(loser).getByRole("alert")).toHaveText(line);
  // Nothing was typed: no conflict table, no keep/overwrite choice, nothing "not saved".
  await expect(card(loser).locator(".conflict table")).toHaveCount(0);
  await expect(card(loser).getByRole("button", { name: "Keep theirs" })).toHaveCount(0);
  await expect(card(loser).locator(".save-status")).toHaveText("Saved");
  // The card shows the finding as it is now, with the other person's change.
  await expect(card(loser).getByLabel("Note")).toHaveValue(WINNERS_NOTE);
}

async function annotationRow(annotationId: string) {
  const { rows } = await db.query<{ status: string; deleted: boolean; note: string | null }>(
    `SELECT status, "deletedAt" IS NOT NULL AS deleted, note FROM "Annotation" WHERE id = $1`,
    [annotationId],
  );
  return rows[0];
}

test("a stale Submit for review is refused in one line, and the card shows the change that came first", async ({ browser }) => {
  const { loser, annotationId } = await staleView(browser);

  await card(loser).getByRole("button", { name: "Submit for review" }).click();

  await expectToldInOneLine(
    loser,
    "Someone else changed this finding first, so it was not submitted. It is shown as it is now: submit it again if you still want to.",
  );
  await expect(card(loser).locator(".status")).toHaveText("Draft");
  expect(await annotationRow(annotationId)).toEqual({ status: "DRAFT", deleted: false, note: WINNERS_NOTE });
  // Now that the editor has seen it, submitting is a decision made on it, and goes through.
  await card(loser).getByRole("button", { name: "Submit for review" }).click();
  await expect(card(loser).locator(".status")).toHaveText("In review");
  await expect(card(loser).getByRole("alert")).toHaveCount(0);
});

test("a stale Delete is refused in one line: the finding is still there, with the change that came first", async ({ browser }) => {
  const { loser, annotationId } = await staleView(browser);

  await card(loser).getByRole("button", { name: "Delete" }).click();

  await expectToldInOneLine(
    loser,
    "Someone else changed this finding first, so it was not deleted. It is shown as it is now: delete it again if you still want to.",
  );
  await expect(loser.getByRole("button", { name: "Undo" })).toHaveCount(0);
  expect(await annotationRow(annotationId)).toEqual({ status: "DRAFT", deleted: false, note: WINNERS_NOTE });
});
