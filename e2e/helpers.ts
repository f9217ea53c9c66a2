import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import type { DEMO_USERS } from "../lib/demo-users";

export function storageStateFor(role: keyof typeof DEMO_USERS) {
  return path.join(import.meta.dirname, ".auth", `${role}.json`);
}

/** An article text no other test uses, so parallel tests never collide on the content hash. */
export function uniqueArticle(title = "Test article") {
  const token = randomUUID().slice(0, 8);
  return {
    title: `${title} ${token}`,
    text: [
      `Council tax in Barnet will rise by 4.99 per cent next year, the council’s leader said on Tuesday (ref ${token}).`,
      "Mr Khan said: “We have frozen fares for the fourth year running.” Critics said the claim ignored the £1.2 billion funding gap.",
      "In my view, the policy is a mistake that voters will not forgive.",
    ].join("\n\n"),
  };
}

export async function importByPaste(page: Page, article: { title: string; text: string; publisher?: string }) {
  await page.goto("/articles/new");
  await page.getByLabel("Article text").fill(article.text);
  await page.getByLabel(/^Title/).fill(article.title);
  if (article.publisher) await page.getByLabel("Publisher", { exact: true }).fill(article.publisher);
  await page.getByRole("button", { name: "Import" }).click();
  // Import, redirect and first render: allow for a busy machine.
  await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible({ timeout: 20_000 });
  return page.url().split("/articles/")[1]!;
}

/** Drags the mouse across `phrase` inside the article text, as a reviewer would. */
export async function selectWithMouse(page: Page, phrase: string) {
  const box = await page.locator(".article-text").evaluate((root, phrase) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent!.indexOf(phrase);
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + phrase.length);
      // As a reader would: bring the phrase on screen first (mouse events off screen reach nothing).
      node.parentElement!.scrollIntoView({ block: "center" });
      const rects = range.getClientRects();
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`“${phrase}” is not in the article text as one text node`);
  }, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** The form's own error message (Next's route announcer also has role=alert, so the role alone is ambiguous). */
export function formError(page: Page) {
  return page.locator("p.error[role=alert]");
}

/** Tags the phrase and waits until the server has confirmed it (the optimistic highlight is gone). */
export async function tagPhrase(page: Page, phrase: string, key: "c" | "q" | "o") {
  await selectWithMouse(page, phrase);
  await expect(page.getByRole("toolbar", { name: "Tag the selected text" })).toBeVisible();
  await page.keyboard.press(key);
  await expect(page.locator(".article-text .hl-pending")).toHaveCount(0);
  await expect(page.locator(".annotation-list > li[aria-current=true]")).toContainText(phrase);
}

/** Clicks `into` characters inside `phrase`, then extends the selection `length` characters with shift+arrows. */
export async function selectWithKeyboard(page: Page, phrase: string, into: number, length: number) {
  const point = await page.locator(".article-text").evaluate(
    (root, { phrase, into }) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent!.indexOf(phrase);
        if (index < 0) continue;
        const range = document.createRange();
        range.setStart(node, index + into);
        range.setEnd(node, index + into + 1);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + 0.5, y: rect.top + rect.height / 2 };
      }
      throw new Error(`“${phrase}” is not in the article text as one text node`);
    },
    { phrase, into },
  );
  await page.mouse.click(point.x, point.y);
  for (let i = 0; i < length; i++) await page.keyboard.press("Shift+ArrowRight");
}
