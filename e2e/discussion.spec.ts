// Discussion threads and presence: two and three people (separate browser contexts, separate
// sessions) on one article. Nobody reloads: comments, replies, resolving, mentions and who is
// here all arrive over the live stream.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { importByPaste, selectWithMouse, storageStateFor, tagPhrase, uniqueArticle } from "./helpers";
import { createPerson, signInOverHttp, testDatabase, type Person } from "./people";
import { postAction } from "./server-actions";

const articleThreads = (page: Page) => page.locator('section.comments[data-comments-for="article"]');
const card = (page: Page, phrase: string) => page.locator(".annotation-list > li").filter({ hasText: phrase });

async function openAs(browser: Browser, role: "admin" | "editor" | "reviewer", articleId: string) {
  const context = await browser.newContext({ storageState: storageStateFor(role) });
  return { context, page: await openArticle(context, articleId) };
}

async function openArticle(context: BrowserContext, articleId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`/articles/${articleId}`);
  await expect(page.locator(".article-text")).toContainText("Council tax");
  return page;
}

function countReloads(page: Page) {
  const counter = { loads: 0 };
  page.on("load", () => counter.loads++);
  return counter;
}

test("presence: who else is here appears in the header and on the card, and disappears when they close the tab", async ({ browser }) => {
  const editorContext = await browser.newContext({ storageState: storageStateFor("editor") });
  const editor = { page: await editorContext.newPage() };
  const articleId = await importByPaste(editor.page, uniqueArticle("Presence"));
  await tagPhrase(editor.page, "frozen fares", "c");
  const avatars = editor.page.locator(".presence-avatars");

  const reviewer = await openAs(browser, "reviewer", articleId);
  await expect(avatars.locator(".avatar")).toHaveText(["RR"]);
  await expect(avatars).toHaveAttribute("title", "Also here: Rita Reviewer");
  const admin = await openAs(browser, "admin", articleId);
  await expect(avatars.locator(".avatar")).toHaveText(["AA", "RR"]);
  await expect(avatars).toHaveAttribute("title", "Also here: Ada Admin, Rita Reviewer");
  // Nobody sees themselves.
  await expect(reviewer.page.locator(".presence-avatars .avatar")).toHaveText(["AA", "EE"]);

  // The reviewer opens the card; the admin (who may edit it) opens it and types in it.
  const presenceOnCard = card(editor.page, "frozen fares").locator(".card-presence li");
  await card(reviewer.page, "frozen fares").getByRole("button").first().click();
  await expect(presenceOnCard).toHaveText(["Rita Reviewer is viewing"]);
  await card(admin.page, "frozen fares").getByRole("button").first().click();
  await card(admin.page, "frozen fares").getByLabel("Checkable claim").click();
  await expect(presenceOnCard).toHaveText(["Ada Admin is editing", "Rita Reviewer is viewing"]);

  // Closing the tab takes them away (the stream closes), without waiting for heartbeats to stop.
  await reviewer.context.close();
  await expect(avatars.locator(".avatar")).toHaveText(["AA"], { timeout: 15_000 });
  await expect(presenceOnCard).toHaveText(["Ada Admin is editing"]);

  // What the admin selects shows faintly on the editor's text, in a layer over it.
  await selectWithMouse(admin.page, "Council tax in Barnet");
  const theirSelection = editor.page.locator('.others-selection[data-name="Ada Admin"]');
  await expect(theirSelection.first()).toBeVisible();
  await admin.context.close();
  await expect(avatars.locator(".avatar")).toHaveCount(0, { timeout: 15_000 });
  await expect(presenceOnCard).toHaveCount(0);
  await expect(theirSelection).toHaveCount(0);
});

test("an @mention picked from the list notifies that person live; a reply and resolve/reopen reach the other view", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const db = testDatabase();
  let mentioned: Person;
  try {
    mentioned = await createPerson(db, "REVIEWER", "Mona Mention");
  } finally {
    await db.end();
  }
  const request = await signInOverHttp(playwright, baseURL!, mentioned);
  const mentionedContext = await browser.newContext({ storageState: await request.storageState() });
  await request.dispose();
  const inbox = await mentionedContext.newPage();
  await inbox.goto("/my-work");
  const badge = inbox.getByRole("link", { name: /^Notifications/ });
  await expect(badge).toHaveText("Notifications");
  const inboxReloads = countReloads(inbox);

  const authorContext = await browser.newContext({ storageState: storageStateFor("editor") });
  const author = await authorContext.newPage();
  const articleId = await importByPaste(author, uniqueArticle("Discussion"));
  const viewer = (await openAs(browser, "reviewer", articleId)).page;
  const viewerReloads = countReloads(viewer);

  // @ and the first letters open the list; Enter picks the highlighted person.
  const box = articleThreads(author).getByLabel("Comment on the article");
  await box.click();
  // Most of the name: earlier runs on the same database made other "Mona Mention"s.
  await box.pressSequentially(`Could @${mentioned.name.slice(0, -3)}`);
  const option = articleThreads(author).getByRole("option", { name: mentioned.name });
  await expect(option).toBeVisible();
  await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
  await box.press("Enter");
  await expect(box).toHaveValue(`Could @${mentioned.name} `);
  await box.pressSequentially("check the £1.2 billion figure? See https://example.org/budget.");
  await articleThreads(author).getByRole("button", { name: "Comment", exact: true }).click();
  await expect(articleThreads(author).locator(".comment")).toHaveCount(1);

  // The mentioned person's badge counts it, without a reload.
  await expect(badge).toContainText("1 unread");
  expect(inboxReloads.loads).toBe(0);

  // The other view shows the comment, its mention and its (safe) link.
  const thread = articleThreads(viewer).locator(".thread");
  await expect(thread.locator(".comment-body")).toContainText("check the £1.2 billion figure?");
  await expect(thread.locator(".mention")).toHaveText(`@${mentioned.name}`);
  await expect(thread.getByRole("link", { name: "https://example.org/budget" })).toHaveAttribute("rel", /noopener.*nofollow/);

  // A reply from the viewer reaches the author; the author resolves; the viewer reopens.
  await thread.getByRole("button", { name: "Reply" }).click();
  await thread.getByLabel("Reply").fill("The figure is in the council's budget, page 12.");
  await thread.getByRole("button", { name: "Reply", exact: true }).last().click();
  const authorThread = articleThreads(author).locator(".thread");
  await expect(authorThread.locator(".replies .comment-body")).toHaveText("The figure is in the council's budget, page 12.");
  await authorThread.getByRole("button", { name: "Resolve" }).click();
  await expect(thread.locator(".thread-state")).toHaveText("Resolved by Eddie Editor");
  await thread.getByRole("button", { name: "Reopen" }).click();
  await expect(authorThread.locator(".thread-state")).toHaveCount(0);
  await expect(authorThread.getByRole("button", { name: "Resolve" })).toBeVisible();
  expect(viewerReloads.loads).toBe(0);
});

test("comments on an annotation; hostile bodies render as inert text; an empty comment is refused with a message", async ({ browser }) => {
  const authorContext = await browser.newContext({ storageState: storageStateFor("editor") });
  const author = await authorContext.newPage();
  const articleId = await importByPaste(author, uniqueArticle("Hostile comments"));
  await tagPhrase(author, "frozen fares", "c");
  const viewer = (await openAs(browser, "admin", articleId)).page;
  let dialogs = 0;
  for (const page of [author, viewer]) page.on("dialog", (dialog) => void dialog.dismiss().then(() => dialogs++));

  const threads = card(author, "frozen fares").locator("section.comments");
  await threads.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(threads.locator(".field-error")).toHaveText("Write something before posting: an empty comment is not posted.");

  const hostile = `<img src=x onerror="alert(1)"> <script>alert(2)</script> javascript:alert(3) <a href="javascript:alert(4)">x</a> data:text/html,<b>5</b>`;
  await threads.getByLabel("Comment on this annotation").fill(hostile);
  await threads.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(threads.locator(".field-error")).toHaveCount(0);

  // The other view's card says it has a discussion before it is opened.
  await expect(card(viewer, "frozen fares").locator(".comment-count")).toHaveText(" · 1 comment");
  await card(viewer, "frozen fares").getByRole("button").first().click();
  const shown = card(viewer, "frozen fares").locator(".comment-body");
  await expect(shown).toHaveText(hostile);
  await expect(shown.locator("img, script, a")).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test("over HTTP: comments and presence are refused signed out, and bad payloads get a message, never a 500", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const author = await (await browser.newContext({ storageState: storageStateFor("editor") })).newPage();
  const articleId = await importByPaste(author, uniqueArticle("Discussion over HTTP"));
  const pagePath = `/articles/${articleId}`;
  const signedOut = await playwright.request.newContext({ baseURL });
  const reviewer = await playwright.request.newContext({ baseURL, storageState: storageStateFor("reviewer") });

  const anonymous = await postAction(signedOut, pagePath, "createCommentAction", {
    articleId,
    body: "Hello",
    clientRequestId: randomUUID(),
  });
  expect(anonymous.result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  expect((await signedOut.get(`/api/articles/${articleId}/comments`)).status()).toBe(401);
  expect((await signedOut.post(`/api/articles/${articleId}/presence`, { data: { type: "here" } })).status()).toBe(401);

  const stranger = await postAction(reviewer, pagePath, "createCommentAction", {
    articleId,
    body: "@Nobody look",
    mentionIds: ["nosuchuser000"],
    clientRequestId: randomUUID(),
  });
  expect(stranger.result).toMatchObject({ ok: false, code: "INVALID", message: "You can mention only people who can read this article." });
  const empty = await postAction(reviewer, pagePath, "createCommentAction", { articleId, body: " ", clientRequestId: randomUUID() });
  expect(empty.result).toMatchObject({
    ok: false,
    code: "INVALID",
    message: "Write something before posting: an empty comment is not posted.",
  });

  const heartbeat = (data: unknown, id = articleId) => reviewer.post(`/api/articles/${id}/presence`, { data: JSON.stringify(data) });
  expect((await heartbeat({ type: "here", key: "tab-12345678", annotationId: null, activity: "viewing" })).status()).toBe(204);
  expect((await heartbeat({ type: "here", key: "<script>", annotationId: null, activity: "viewing" })).status()).toBe(422);
  expect((await heartbeat({ type: "here", key: "tab-12345678", annotationId: null, activity: "viewing" }, "nosucharticle")).status()).toBe(
    404,
  );
  expect((await reviewer.post(`/api/articles/${articleId}/presence`, { data: "not json" })).status()).toBe(422);
  await Promise.all([signedOut.dispose(), reviewer.dispose()]);
});
