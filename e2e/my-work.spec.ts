import { test, expect, type Locator, type Page } from "@playwright/test";
import { createNotification, PHRASES, seedMyWork, signIn, withDatabase } from "./work-seed";

// Statuses, assignments and notifications are seeded in the database (e2e/work-seed.ts) for fresh
// users, signed in each in a browser context of their own.

const section = (page: Page, name: string) => page.getByRole("region", { name: new RegExp(`^${name}`) });
const countOf = (region: Locator) => region.locator("h2 .count-badge");
const cardLink = (region: Locator, articleId: string, annotationId: string) =>
  region.locator(`a[href="/articles/${articleId}?annotation=${annotationId}"]`);

/** Queues that span every article (others' specs add to them) are checked against their own list. */
async function expectCountMatchesList(region: Locator) {
  const shown = await region.getByRole("listitem").count();
  await expect(countOf(region)).toHaveText(String(shown));
}

test("My work shows each queue with its count and links straight to the card", async ({ browser }) => {
  const seed = await seedMyWork();
  const { assigned, settled, signedOff, annotations } = seed;

  // The editor: reviews the reviewer's finding, never their own; signs off the settled article.
  const editor = await signIn(browser, seed.editor);
  await editor.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My work" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "My work" })).toBeVisible();

  const review = section(editor, "Waiting for my review");
  await expect(cardLink(review, assigned.id, annotations.submitted)).toHaveText(`“${PHRASES.submitted}”`);
  await expect(cardLink(review, assigned.id, annotations.ownSubmitted)).toHaveCount(0);
  await expectCountMatchesList(review);

  const changes = section(editor, "Changes requested on my annotations");
  await expect(countOf(changes)).toHaveText("0");
  await expect(changes).toContainText("No changes have been requested on your annotations.");

  const editorAssigned = section(editor, "Articles assigned to me");
  await expect(countOf(editorAssigned)).toHaveText("1");
  await expect(editorAssigned.getByRole("listitem")).toContainText(["In review"]);
  await expect(editorAssigned.getByRole("link", { name: assigned.title })).toHaveAttribute("href", `/articles/${assigned.id}`);
  await expect(editorAssigned).toContainText("You are reviewer");

  const signOff = section(editor, "Ready for sign-off");
  await expect(signOff.getByRole("link", { name: settled.title })).toBeVisible();
  await expect(signOff.getByRole("link", { name: assigned.title })).toHaveCount(0);
  await expectCountMatchesList(signOff);

  // The reviewer: the finding sent back to them, their assignment; no sign-off queue.
  const reviewer = await signIn(browser, seed.reviewer, "/my-work");
  const sentBack = section(reviewer, "Changes requested on my annotations");
  await expect(countOf(sentBack)).toHaveText("1");
  await expect(sentBack).toContainText(`${seed.editor.name} asked: Cite the council budget paper.`);
  const reviewerAssigned = section(reviewer, "Articles assigned to me");
  await expect(countOf(reviewerAssigned)).toHaveText("1");
  await expect(reviewerAssigned).toContainText("You are checker");
  await expect(reviewerAssigned.getByRole("link", { name: signedOff.title })).toHaveCount(0);
  await expect(section(reviewer, "Ready for sign-off")).toHaveCount(0);

  await cardLink(sentBack, assigned.id, annotations.sentBack).click();
  await expect(reviewer).toHaveURL(new RegExp(`/articles/${assigned.id}\\?annotation=${annotations.sentBack}$`));
  await expect(reviewer.getByRole("heading", { level: 1, name: assigned.title })).toBeVisible();

  await Promise.all([editor.context().close(), reviewer.context().close()]);
});

test("the header counts unread notifications; the page keeps them unread until Mark all as read", async ({ browser }) => {
  const seed = await seedMyWork();
  const { editor, reviewer, assigned, annotations } = seed;
  await withDatabase(async (db) => {
    await createNotification(db, { to: editor, from: reviewer, article: assigned, message: "Oldest news", minutesAgo: 30 });
    await createNotification(db, { to: editor, from: reviewer, article: assigned, message: "Older news", minutesAgo: 20 });
    await createNotification(db, {
      to: editor,
      from: reviewer,
      article: assigned,
      annotationId: annotations.submitted,
      message: "A claim is waiting for your review",
      minutesAgo: 10,
    });
  });

  const page = await signIn(browser, editor);
  const nav = page.getByRole("navigation", { name: "Main" });
  const badge = nav.getByRole("link", { name: "Notifications 3 unread" });
  await expect(badge).toBeVisible();
  await expect(badge.locator(".count-badge")).toHaveText("3 unread"); // "unread" is for screen readers only

  await badge.click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const items = page.locator(".notification-list > li");
  await expect(items).toHaveCount(3);
  await expect(items.first()).toContainText("A claim is waiting for your review");
  await expect(items.first()).toContainText(reviewer.name);
  await expect(items.first().getByRole("link", { name: "A claim is waiting for your review" })).toHaveAttribute(
    "href",
    `/articles/${assigned.id}?annotation=${annotations.submitted}`,
  );
  await expect(items.nth(1).getByRole("link", { name: "Older news" })).toHaveAttribute("href", `/articles/${assigned.id}`);

  // Opening the page (and opening it again) marks nothing read.
  await page.reload();
  await expect(nav.getByRole("link", { name: "Notifications 3 unread" })).toBeVisible();

  await items.nth(2).getByRole("button", { name: "Mark as read" }).click();
  await expect(nav.getByRole("link", { name: "Notifications 2 unread" })).toBeVisible();
  await expect(items.nth(2).getByRole("button", { name: "Mark as read" })).toHaveCount(0);

  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(nav.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await expect(nav.locator(".count-badge")).toHaveCount(0);
  await expect(page.getByText("Nothing unread.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);
  await expect(items).toHaveCount(3);

  await page.context().close();
});
