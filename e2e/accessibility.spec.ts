import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import type pg from "pg";
import { contrastRatio, parseHex, textContrasts } from "./contrast";
import { importByPaste, selectWithMouse, storageStateFor, tagPhrase, uniqueArticle } from "./helpers";
import { testDatabase } from "./people";
import { buildFixture, disposeCast, SECOND_SPAN, signOffCast, type SignOffCast } from "./review-desk";
import { createNotification, seedMyWork, signIn, withDatabase } from "./work-seed";

// Every screen is checked with axe-core against WCAG 2.1 A and AA plus axe's best practices.
// Only serious and critical violations fail; the message lists each rule, where and what to fix.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const FAILING_IMPACTS = new Set(["serious", "critical"]);

/** Soft, so one run reports every screen's problems rather than stopping at the first screen. */
async function expectNoSeriousViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const problems = violations.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ""));
  const report = problems.map((violation) =>
    [
      `• ${violation.id} (${violation.impact}): ${violation.help}`,
      ...violation.nodes.map(
        (node) => `    element ${node.target.join(" >>> ")}\n      ${node.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`,
      ),
      `    see ${violation.helpUrl}`,
    ].join("\n"),
  );
  expect
    .soft(
      problems.map((p) => p.id),
      `serious or critical axe violations on ${screen}:\n${report.join("\n")}\n`,
    )
    .toEqual([]);
}

const openCard = (page: Page) => page.locator(".annotation-list > li[aria-current=true]");

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the sign-in page", async ({ page }) => {
    await page.goto("/signin");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await expectNoSeriousViolations(page, "the sign-in page");
  });
});

// As an editor: the role that sees every control (details form, "Correct the text").
test.describe("signed in", () => {
  test.use({ storageState: storageStateFor("editor") });

  test("the import page, the workbench and an open card of each kind", async ({ page }) => {
    test.setTimeout(120_000); // six screens, each a full axe run
    await page.goto("/articles/new");
    await expect(page.getByRole("heading", { name: "Import an article" })).toBeVisible();
    await expectNoSeriousViolations(page, "the import page");

    await importByPaste(page, uniqueArticle("Accessible"));
    await page.getByText("Edit details").click();
    await expect(page.getByRole("button", { name: "Save details" })).toBeVisible();
    await expectNoSeriousViolations(page, "the article page (workbench) with its details form open");

    // A claim with a verdict (so the rationale editor shows) and a source.
    await tagPhrase(page, "will rise by 4.99 per cent next year", "c");
    await openCard(page).getByLabel("Verdict").selectOption({ label: "Mostly false" });
    await openCard(page).getByLabel("Source URL").fill("https://example.org/budget");
    await openCard(page).getByRole("button", { name: "Add source" }).click();
    await expect(openCard(page).getByRole("list", { name: "Sources" }).getByRole("listitem")).toHaveCount(1);
    await openCard(page).getByText("History").click();
    await expect(openCard(page).locator(".history li").first()).toBeVisible();
    await expectNoSeriousViolations(page, "the workbench with an open claim card");

    await tagPhrase(page, "We have frozen fares for the fourth year running", "q");
    await expect(openCard(page).getByLabel("Speaker")).toBeVisible();
    await expectNoSeriousViolations(page, "the workbench with an open quote card");

    await tagPhrase(page, "the policy is a mistake", "o");
    await expect(openCard(page).getByLabel("Opinion holder")).toBeVisible();
    await expectNoSeriousViolations(page, "the workbench with an open opinion card");

    // The toolbar that tags a selection.
    await page.keyboard.press("Escape");
    await selectWithMouse(page, "Critics said the claim");
    await expect(page.getByRole("toolbar", { name: "Tag the selected text" })).toBeVisible();
    await expectNoSeriousViolations(page, "the workbench with the selection toolbar");

    // axe cannot tell whether the name carries the quoted text: a blockquote inside the button once left it out.
    await expect(
      page.locator(".card-claim").getByRole("button", { name: /^Claim Mostly false .*will rise by 4\.99 per cent next year/ }),
    ).toBeVisible();
  });

  test("the article list, the correction page and the orphaned annotations", async ({ page }) => {
    test.setTimeout(90_000);
    const article = uniqueArticle("Accessible correction");
    const id = await importByPaste(page, article);
    await tagPhrase(page, "the policy is a mistake", "o");

    await page.goto("/");
    await expect(page.getByRole("link", { name: article.title })).toBeVisible();
    await expectNoSeriousViolations(page, "the article list");

    await page.goto(`/articles/${id}/correct`);
    await expect(page.getByRole("button", { name: "Save correction" })).toBeVisible();
    await expectNoSeriousViolations(page, "the correction page");

    await page.getByLabel("Article text").fill(article.text.replace("the policy is a mistake", "the plan will fail"));
    await page.getByRole("button", { name: "Save correction" }).click();
    await expect(page.getByRole("region", { name: "Orphaned annotations" })).toBeVisible();
    await expectNoSeriousViolations(page, "the article page after a correction, with an orphan");
  });

  test("the search page with results, and with a refused filter", async ({ page }) => {
    const article = uniqueArticle("Searchable");
    await importByPaste(page, article);
    await tagPhrase(page, "the policy is a mistake", "o");
    await page.goto(`/search?q=${encodeURIComponent(article.title)}`);
    await expect(page.locator(".search-results > li").first()).toBeVisible();
    await expectNoSeriousViolations(page, "the search page with results");
    await page.goto("/search?q=policy&from=2026-02-01&to=2026-01-01");
    await expect(page.locator("p.error[role=alert]")).toBeVisible();
    await expectNoSeriousViolations(page, "the search page with a refused filter");
  });
});

// A fresh editor with something in every queue and an unread notification, so the lists are checked, not only their empty states.
test("My work and the notifications page", async ({ browser }) => {
  test.setTimeout(90_000);
  const seed = await seedMyWork();
  await withDatabase((db) =>
    createNotification(db, {
      to: seed.editor,
      from: seed.reviewer,
      article: seed.assigned,
      annotationId: seed.annotations.submitted,
      message: "A claim is waiting for your review",
    }),
  );
  const page = await signIn(browser, seed.editor, "/my-work");
  await expect(
    page
      .getByRole("region", { name: /^Ready for sign-off/ })
      .getByRole("listitem")
      .first(),
  ).toBeVisible();
  await expectNoSeriousViolations(page, "the My work page");

  await page.getByRole("link", { name: "Notifications 1 unread" }).click();
  await expect(page.getByRole("button", { name: "Mark all as read" })).toBeVisible();
  await expectNoSeriousViolations(page, "the notifications page");
  await page.context().close();
});

// axe lists single characters (key hints) and text on backgrounds it cannot settle under "needs
// review", never as violations, so these are measured here from the computed styles.
test.describe("review controls, key hints and a signed-off card", () => {
  test.use({ storageState: storageStateFor("editor") });
  let db: pg.Pool;
  let cast: SignOffCast;

  test.beforeAll(async ({ playwright, baseURL }) => {
    test.setTimeout(120_000); // a new author signs in over HTTP (slow password hashing, on purpose)
    db = testDatabase();
    cast = await signOffCast(playwright, baseURL!, db, "Contrast Author");
  });
  test.afterAll(async () => {
    await disposeCast(cast);
    await db?.end();
  });

  test("every key hint and the highlight legend reach 4.5:1 (WCAG 1.4.3), computed from their styles", async ({ page }) => {
    // The formula, against WebAIM's contrast checker: #767676 on white is 4.54:1, #777777 is 4.48:1.
    expect(contrastRatio(parseHex("#767676"), parseHex("#ffffff"))).toBeCloseTo(4.54, 2);
    expect(contrastRatio(parseHex("#777777"), parseHex("#ffffff"))).toBeCloseTo(4.48, 2);

    const f = await buildFixture("submitted", cast);
    await page.goto(`${f.article.path}?annotation=${f.annotation.id}`);
    await expect(openCard(page).getByRole("button", { name: /^Approve/ })).toBeVisible();
    const measured = [...(await textContrasts(page.locator("kbd"))), ...(await textContrasts(page.locator(".legend .hl")))];
    const { incomplete } = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();

    await page.keyboard.press("Escape");
    await selectWithMouse(page, SECOND_SPAN);
    const toolbar = page.getByRole("toolbar", { name: "Tag the selected text" });
    await expect(toolbar).toBeVisible();
    measured.push(...(await textContrasts(toolbar.locator("kbd"))));

    expect(measured.map((m) => m.text)).toEqual(
      expect.arrayContaining(["a", "r", "j", "k", "Esc", "Delete", "Claim", "Quote", "Opinion", "C", "Q", "O"]),
    );
    const table = measured.map((m) => `${m.text.padEnd(8)} ${m.color} on ${m.background}  ${m.ratio.toFixed(2)}:1`).join("\n");
    console.log(`\nKey hints and legend, contrast from computed styles:\n${table}`);
    const tooLow = measured.filter((m) => m.ratio < 4.5).map((m) => `“${m.text}” ${m.color} on ${m.background}: ${m.ratio.toFixed(2)}:1`);
    expect(tooLow, "text under 4.5:1").toEqual([]);
    // And axe no longer needs a person to look at the legend.
    const legendReview = incomplete.flatMap((rule) => rule.nodes).filter((node) => node.target.join(" ").includes("legend"));
    expect(legendReview.map((node) => `${node.target.join(" ")}: ${node.any.map((check) => check.message).join(" ")}`)).toEqual([]);
  });

  test("a signed-off claim card: the read-only rationale keeps a visible label", async ({ page }) => {
    const f = await buildFixture("signedOff", cast);
    await page.goto(`${f.article.path}?annotation=${f.annotation.id}`);
    await expect(page.getByRole("region", { name: "Review status" })).toContainText("read-only");
    const rationale = openCard(page).getByRole("textbox", { name: "Rationale" });
    await expect(rationale).toBeVisible();
    await expect(rationale).toHaveAttribute("aria-readonly", "true");
    // Named by text on the screen, not only by an aria-label that sighted readers never see.
    const labelId = await rationale.getAttribute("aria-labelledby");
    expect(labelId, "the rationale is labelled by an element on the page").toBeTruthy();
    await expect(page.locator(`[id="${labelId}"]`)).toBeVisible();
    await expect(page.locator(`[id="${labelId}"]`)).toHaveText("Rationale");
    await expectNoSeriousViolations(page, "a signed-off claim card");
  });
});
