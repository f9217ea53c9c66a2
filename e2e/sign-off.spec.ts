import { test, expect, type Page } from "@playwright/test";
import { importByPaste, storageStateFor, tagPhrase, uniqueArticle } from "./helpers";

// Four-eyes review in two browsers: Rita drafts and submits, Eddie (an editor) reviews and signs off.
test.use({ storageState: storageStateFor("reviewer") });
test.describe.configure({ timeout: 120_000 });

const card = (page: Page, text: string) => page.locator(".annotation-list > li").filter({ hasText: text });
const CLAIM = "will rise by 4.99 per cent next year";

async function openCard(page: Page, text: string) {
  const item = card(page, text);
  if ((await item.getAttribute("aria-current")) !== "true") await item.locator(".card-summary").click();
  return item;
}

test("draft → submit → request changes → fix → resubmit → approve → sign off → read-only, and the author cannot approve", async ({
  page,
  browser,
}) => {
  const articleId = await importByPaste(page, uniqueArticle("Sign-off"));
  await tagPhrase(page, CLAIM, "c");
  const mine = card(page, CLAIM);
  await mine.getByLabel("Verdict").selectOption({ label: "Mostly false" });
  await mine.getByLabel("Source URL").fill("https://www.barnet.gov.uk/council-tax");
  await mine.getByRole("button", { name: "Add source" }).click();
  await expect(mine.locator(".source-list li")).toHaveCount(1);
  await mine.getByRole("button", { name: "Submit for review" }).click();
  await expect(mine.locator(".status")).toHaveText("In review");
  // The author has no Approve button, and is told why.
  await expect(mine.getByRole("button", { name: /^Approve/ })).toHaveCount(0);
  await expect(mine.getByRole("region", { name: "Review" })).toContainText("A second person must review this: you wrote it.");

  const editorContext = await browser.newContext({ storageState: storageStateFor("editor") });
  const editor = await editorContext.newPage();
  // The action id of Approve, seen on the wire, to forge the call from the author's session later.
  const approveCall = editor.waitForRequest(
    (r) => r.method() === "POST" && !!r.headers()["next-action"] && (r.postData() ?? "").includes("annotationId"),
  );
  await editor.goto(`/articles/${articleId}`);
  await expect(editor.getByRole("region", { name: "Review status" })).toContainText("0 of 1 claim approved");
  await expect(editor.getByRole("region", { name: "Review status" })).toContainText("1 waiting for review");
  let review = await openCard(editor, CLAIM);
  await editor.keyboard.press("r");
  await expect(review.getByLabel("What needs to change")).toBeFocused();
  await review.getByLabel("What needs to change").fill("Say which year the rise applies to.");
  await review.getByRole("button", { name: "Send request for changes" }).click();
  await expect(review.locator(".status")).toHaveText("Changes requested");
  const requestCall = await approveCall;

  await page.reload();
  const fixed = await openCard(page, CLAIM);
  await expect(fixed.getByRole("list", { name: "Review history" })).toContainText("Say which year the rise applies to.");
  await fixed.getByLabel("Checkable claim").fill("Barnet council tax will rise by 4.99 per cent in 2027-28.");
  await expect(fixed.locator(".save-status")).toHaveText("Saved");
  await fixed.getByRole("button", { name: "Submit for review" }).click();
  await expect(fixed.locator(".status")).toHaveText("In review");

  // A forged review from the author's own session, sent straight to the server action over HTTP
  // (the editor's request, replayed with the author's cookies), is refused by the server.
  const wire = await requestCall.allHeaders();
  const forge = (version?: number) => {
    const body = (requestCall.postData() ?? "").replace(/"reason":"[^"]*"/, '"reason":"forged"');
    return page.request.post(`/articles/${articleId}`, {
      headers: { "next-action": wire["next-action"]!, "content-type": wire["content-type"]!, accept: wire["accept"] ?? "text/x-component" },
      data: version === undefined ? body : body.replace(/"version":\d+/, `"version":${version}`),
    });
  };
  // The replayed version is stale: the answer is a conflict carrying the current version, saying
  // who decided on that version first...
  const stale = await (await forge()).text();
  expect(stale).toContain(
    "Eddie Editor requested changes on this finding first, so your request for changes was not recorded. It is now In review.",
  );
  const current = Number(/"version":(\d+)/.exec(stale.slice(stale.indexOf('"current"')))?.[1]);
  // ...and on the current version, the four-eyes rule refuses it.
  expect(await (await forge(current)).text()).toContain("A second person must review this: you wrote it.");

  await editor.reload();
  review = await openCard(editor, CLAIM);
  await review.getByRole("button", { name: /^Approve/ }).click();
  await expect(review.locator(".status")).toHaveText("Approved");
  const bar = editor.getByRole("region", { name: "Review status" });
  await expect(bar).toContainText("1 of 1 claim approved");
  await expect(bar).toContainText("Ready for sign-off.");
  await bar.getByRole("button", { name: "Sign off" }).click();
  await expect(bar.getByRole("status")).toContainText("Signed off by Eddie Editor");
  await expect(editor.locator(".article-header")).toContainText("Signed off");
  // Read-only means no assigning either: reopening is the way to change a signed-off article.
  await expect(bar.getByRole("button", { name: "Reopen…" })).toBeVisible();
  await expect(bar.getByRole("button", { name: "Assign" })).toHaveCount(0);
  await expect(bar.getByLabel("Checker")).toHaveCount(0);

  // Read-only for everyone now: no fields, no submission, no new highlights.
  await page.reload();
  const frozen = await openCard(page, CLAIM);
  await expect(frozen.getByLabel("Checkable claim")).toBeDisabled();
  await expect(frozen.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Review status" })).toContainText("read-only");
  await editorContext.close();
});

test("an approved finding that changes goes back to review and says what changed since the approval", async ({ page, browser }) => {
  const articleId = await importByPaste(page, uniqueArticle("Re-review"));
  await tagPhrase(page, "the policy is a mistake", "o");
  const mine = card(page, "the policy is a mistake");
  await mine.getByRole("button", { name: "Submit for review" }).click();
  await expect(mine.locator(".status")).toHaveText("In review");

  const editorContext = await browser.newContext({ storageState: storageStateFor("editor") });
  const editor = await editorContext.newPage();
  await editor.goto(`/articles/${articleId}?annotation=${await mine.getAttribute("data-annotation-id")}`);
  // The link opens the card itself, as My work and notifications do.
  const review = card(editor, "the policy is a mistake");
  await expect(review).toHaveAttribute("aria-current", "true");
  // The server draws the open card before the page is interactive: a key pressed before hydration
  // reaches no handler (it happened under load). The live feed is connected only once it is.
  await expect(editor.locator('[data-live-status="live"]')).toHaveCount(1);
  await editor.keyboard.press("a");
  await expect(review.locator(".status")).toHaveText("Approved");
  await editorContext.close();

  await page.reload();
  const approved = await openCard(page, "the policy is a mistake");
  await approved.getByLabel("Opinion holder").fill("The columnist");
  await expect(approved.locator(".save-status")).toHaveText("Saved");
  await expect(approved.locator(".status")).toHaveText("In review");
  await expect(approved.locator(".edited-after-approval")).toContainText("Edited after approval: Eddie Editor approved version");
  await expect(approved.locator(".edited-after-approval")).toContainText("changed since: opinion holder.");
});

test("an article with no findings is signed off only as having nothing check-worthy, with a reason the bar and the report show", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: storageStateFor("editor") });
  const editor = await context.newPage();
  const articleId = await importByPaste(editor, uniqueArticle("Nothing check-worthy"));
  const bar = editor.getByRole("region", { name: "Review status" });
  // One rule (lib/workflow/sign-off.ts) for the bar and My work: no findings is not "ready".
  await expect(bar).toContainText("No findings yet");
  await expect(bar).toContainText(
    "Not ready for sign-off: It has no findings yet: tag what is check-worthy, or sign it off as having nothing check-worthy, with a reason.",
  );
  await expect(bar.getByRole("button", { name: "Sign off", exact: true })).toBeDisabled();

  await bar.getByRole("button", { name: "Nothing check-worthy…" }).click();
  const why = bar.getByLabel("Why is nothing in it check-worthy?");
  await expect(why).toBeFocused();
  const confirm = bar.getByRole("button", { name: "Sign off as nothing check-worthy" });
  await expect(confirm).toBeDisabled();
  const reason = "A council notice of meeting dates: no claims, quotes or opinions.";
  await why.fill(reason);
  await confirm.click();
  await expect(bar.getByRole("status")).toContainText("Signed off by Eddie Editor");
  await expect(bar.getByRole("status")).toContainText(`as having nothing check-worthy: “${reason}”`);
  await expect(bar.getByRole("button", { name: "Assign" })).toHaveCount(0);

  await editor.goto(`/articles/${articleId}/report`);
  const signOff = editor.getByRole("region", { name: "Sign-off" });
  await expect(signOff).toContainText("Signed off by Eddie Editor");
  await expect(signOff).toContainText(`Nothing in it is check-worthy: ${reason}`);
  await context.close();
});
