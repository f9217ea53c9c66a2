// Two app instances on one PostgreSQL: a change saved through one reaches a viewer connected to
// the other, which proves the events travel through the database (LISTEN/NOTIFY), not memory.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { importByPaste, storageStateFor, tagPhrase, uniqueArticle } from "./helpers";

const openCard = (page: Page) => page.locator(".annotation-list > li[aria-current=true]");

const SECOND_PORT = Number(process.env.E2E_SECOND_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 10);
const root = path.resolve(import.meta.dirname, "..");
let second: ChildProcess | undefined;
let articleId: string;

test.describe.configure({ mode: "serial" });
// In CI the run is on a real PostgreSQL (scripts/test.ts refuses otherwise), so this never skips there.
test.skip(
  process.env.FACTMARK_LIVE_BUS === "memory" && !process.env.CI,
  "On the embedded database (no DATABASE_URL) events travel in-process by design, so a second instance cannot hear them.",
);

test.beforeAll(async () => {
  test.setTimeout(90_000);
  // The same built app and environment as the first instance: another process, another pool, another LISTEN.
  second = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(SECOND_PORT)], {
    cwd: root,
    env: { ...process.env, NEXTAUTH_URL: `http://localhost:${SECOND_PORT}` },
    stdio: "ignore",
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await fetch(`http://localhost:${SECOND_PORT}/signin`).catch(() => null);
    if (answer?.ok) break;
    if (Date.now() > deadline) throw new Error(`The second instance did not start on port ${SECOND_PORT}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

test.afterAll(async () => {
  if (!second || second.exitCode !== null) return;
  const exited = new Promise((resolve) => second!.once("exit", resolve));
  second.kill("SIGTERM");
  await exited;
});

test("a change saved through one instance reaches a viewer on the other", async ({ browser }) => {
  const authorContext = await browser.newContext({ storageState: storageStateFor("editor") });
  const author = await authorContext.newPage();
  articleId = await importByPaste(author, uniqueArticle("Two instances"));

  const viewerContext = await browser.newContext({ storageState: storageStateFor("reviewer"), baseURL: `http://localhost:${SECOND_PORT}` });
  const viewer = await viewerContext.newPage();
  const streams: string[] = [];
  viewer.on("request", (request) => request.url().includes("/events") && streams.push(request.url()));
  await viewer.goto(`/articles/${articleId}`);
  await expect(viewer.locator(".article-text")).toContainText("Council tax");

  await tagPhrase(author, "frozen fares", "c");
  await expect(viewer.locator(".article-text .hl-claim")).toHaveText("frozen fares");
  await openCard(author).getByLabel("Verdict").selectOption("MISLEADING");
  await expect(viewer.locator(".annotation-list > li .verdict")).toHaveText("Misleading");
  // The viewer's stream was served by the second instance all along.
  expect(streams.length).toBeGreaterThan(0);
  for (const url of streams) expect(new URL(url).port).toBe(String(SECOND_PORT));

  // Presence crosses instances too: each sees the other, and the viewer's card; a closed tab goes.
  await expect(author.locator(".presence-avatars")).toHaveAttribute("title", "Also here: Rita Reviewer");
  await expect(viewer.locator(".presence-avatars")).toHaveAttribute("title", "Also here: Eddie Editor");
  await viewer.locator(".annotation-list > li").filter({ hasText: "frozen fares" }).getByRole("button").first().click();
  await expect(openCard(author).locator(".card-presence li")).toHaveText(["Rita Reviewer is viewing"]);
  await viewerContext.close();
  await expect(author.locator(".presence-avatars .avatar")).toHaveCount(0, { timeout: 15_000 });
});

test("the second instance ends its open streams on SIGTERM and exits promptly", async () => {
  test.setTimeout(60_000);
  const { cookies } = JSON.parse(fs.readFileSync(storageStateFor("reviewer"), "utf8")) as { cookies: { name: string; value: string }[] };
  const response = await fetch(`http://localhost:${SECOND_PORT}/api/articles/${articleId}/events`, {
    headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") },
  });
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const reader = response.body!.getReader();
  const first = new TextDecoder().decode((await reader.read()).value);
  expect(first).toContain("retry:");

  const started = Date.now();
  const exited = new Promise<number | null>((resolve) => second!.once("exit", (code) => resolve(code)));
  second!.kill("SIGTERM");
  // The server ends the stream (the browser would reconnect elsewhere with Last-Event-ID)…
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read());
  await exited;
  // …so `next start`, which lets open responses finish on SIGTERM, is not held up by it.
  expect(Date.now() - started).toBeLessThan(15_000);
});
