// Two people on one card, each blind to the other (their event streams are cut, so neither view
// follows the other's saves): every save names a version that is gone, and the merge is all that
// stands between them and a conflict. Changes to different fields, and a source, all land; two
// changes to the same source do not silently overwrite each other.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { importByPaste, storageStateFor, tagPhrase, uniqueArticle } from "./helpers";
import { testDatabase } from "./people";

const PHRASE = "Council tax in Barnet";
const card = (page: Page) => page.locator(".annotation-list > li").filter({ hasText: PHRASE });
const saved = (page: Page) =>
  card(page)
    .locator(".save-status")
    .filter({ hasText: /^Saved$/ });

/** A page whose live event stream never connects: it sees only what its own saves answer. */
async function blindPage(browser: Browser, role: "editor" | "admin"): Promise<Page> {
  const page = await (await browser.newContext({ storageState: storageStateFor(role) })).newPage();
  await page.route(
    (url) => url.pathname.endsWith("/events"),
    (route) => route.abort(),
  );
  return page;
}

async function openCard(page: Page, articleId: string) {
  await page.goto(`/articles/${articleId}`);
  await card(page)
    .getByRole("button", { name: /^Claim\b/ })
    .click();
  await expect(card(page).getByLabel("Note")).toBeVisible();
}

test("one sets the verdict, the other changes the note and adds a source, from stale views: all of it lands", async ({ browser }) => {
  test.setTimeout(120_000); // two people, an import, three saves, then both pages reloaded and read back
  const db = testDatabase();
  const eddie = await blindPage(browser, "editor");
  const articleId = await importByPaste(eddie, uniqueArticle("Merge"));
  await tagPhrase(eddie, PHRASE, "c");
  const annotationId = await card(eddie).getAttribute("data-annotation-id");
  const admin = await blindPage(browser, "admin");
  await openCard(admin, articleId);

  // The admin's note: version 1 → 2. Eddie still holds version 1.
  await card(admin).getByLabel("Note").fill("Checked against the council minutes.");
  await expect(saved(admin)).toBeVisible();
  // Eddie's verdict names version 1 and merges onto 2 → 3. The admin still holds version 2.
  await card(eddie).getByLabel("Verdict").selectOption({ label: "False" });
  await expect(saved(eddie)).toBeVisible();
  // The admin's source names version 2 and merges onto 3 → 4: the case the issue reported refused.
  await card(admin).getByLabel("Source URL").fill("https://www.barnet.gov.uk/budget");
  await card(admin).getByLabel("Title").fill("Budget 2026/27");
  await card(admin).getByRole("button", { name: "Add source" }).click();
  await expect(card(admin).getByRole("list", { name: "Sources" }).getByRole("listitem")).toHaveCount(1);
  for (const page of [eddie, admin]) {
    await expect(card(page).locator(".conflict")).toHaveCount(0);
    await expect(card(page).locator(".source-form .error")).toHaveCount(0);
  }
  // The merged answer brought Eddie's verdict to the admin's card without a live event.
  await expect(card(admin).getByLabel("Verdict")).toHaveValue("FALSE");

  for (const page of [eddie, admin]) {
    await page.reload();
    await card(page)
      .getByRole("button", { name: /^Claim\b/ })
      .click();
    await expect(card(page).getByLabel("Verdict")).toHaveValue("FALSE");
    await expect(card(page).getByLabel("Note")).toHaveValue("Checked against the council minutes.");
    await expect(card(page).getByRole("link", { name: "Budget 2026/27" })).toHaveAttribute("href", "https://www.barnet.gov.uk/budget");
  }
  const { rows } = await db.query(
    `SELECT a.version, a.note, v.rating, (SELECT count(*)::int FROM "Source" s WHERE s."annotationId" = a.id AND s."deletedAt" IS NULL) AS sources
     FROM "Annotation" a LEFT JOIN "Verdict" v ON v."annotationId" = a.id WHERE a.id = $1`,
    [annotationId],
  );
  expect(rows).toEqual([{ version: 4, note: "Checked against the council minutes.", rating: "FALSE", sources: 1 }]);
  await db.end();
});

test("a source edited by one and removed by the other: the removal is refused, says why, and shows their edit", async ({ browser }) => {
  test.setTimeout(120_000); // two people on one card, each step through the server
  const eddie = await blindPage(browser, "editor");
  const articleId = await importByPaste(eddie, uniqueArticle("Source clash"));
  await tagPhrase(eddie, PHRASE, "c");
  await card(eddie).getByLabel("Source URL").fill("https://example.org/minutes");
  await card(eddie).getByRole("button", { name: "Add source" }).click();
  await expect(card(eddie).getByRole("list", { name: "Sources" }).getByRole("listitem")).toHaveCount(1);
  const admin = await blindPage(browser, "admin");
  await openCard(admin, articleId);

  await card(admin).getByRole("button", { name: "Edit source https://example.org/minutes" }).click();
  await card(admin).getByRole("form", { name: "Edit the source" }).getByLabel("Title").fill("Council minutes, 4 March");
  await card(admin).getByRole("button", { name: "Save source" }).click();
  await expect(card(admin).getByRole("link", { name: "Council minutes, 4 March" })).toBeVisible();

  await card(eddie).getByRole("button", { name: "Remove source https://example.org/minutes" }).click();
  await expect(card(eddie).locator(".sources .error")).toHaveText(/^Someone else edited this source since you opened it/);
  await expect(card(eddie).getByRole("link", { name: "Council minutes, 4 March" })).toBeVisible();
  // The card's fields were not in question: no field conflict, nothing unsaved.
  await expect(card(eddie).locator(".conflict")).toHaveCount(0);
  await expect(card(eddie).locator(".save-status")).toHaveText("Saved");
  // Now that Eddie has seen their edit, removing it is a decision made on it, and goes through.
  await card(eddie).getByRole("button", { name: "Remove source Council minutes, 4 March" }).click();
  await expect(card(eddie).getByRole("list", { name: "Sources" })).toHaveCount(0);
  await expect(card(eddie).locator(".sources .error")).toHaveCount(0);
});
