// Article page with 10,000 words and 1,000 annotations, served by `next start` from the current
// build (run `npm run build` first). Prints medians over several navigations.
import { spawn } from "node:child_process";
import path from "node:path";
import { chromium } from "@playwright/test";
import { createBenchArticle, openBenchDatabase } from "./support/bench-database.ts";
import { makeText, percentile, waitForServer } from "./support/server.ts";

const root = path.resolve(import.meta.dirname, "../..");
const PORT = 3200;
const RUNS = 5;

const { scratch, getDb, DEMO_USERS, editor } = await openBenchDatabase();
const text = makeText(10_000);
const article = await createBenchArticle(editor.id, "Benchmark article", text, 1000);

const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT)], {
  cwd: root,
  env: { ...process.env, AUTH_SECRET: "bench-secret", NEXTAUTH_URL: `http://localhost:${PORT}` },
  stdio: "ignore",
});
try {
  await waitForServer(`http://localhost:${PORT}/signin`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking"],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`http://localhost:${PORT}/signin`);
  await page.getByLabel("Email").fill(DEMO_USERS.editor.email);
  await page.getByLabel("Password").fill(DEMO_USERS.editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Articles" }).waitFor();

  const interactive: number[] = [];
  const highlight: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto(`http://localhost:${PORT}/articles/${article.id}`);
    // Interactive: the text is rendered with all 1,000 highlights and the panel lists them.
    await page
      .waitForFunction(
        () =>
          document.querySelectorAll(".article-text .hl").length >= 1000 &&
          document.querySelectorAll(".annotation-list > li").length >= 1000,
        undefined,
        { timeout: 60_000 },
      )
      .catch(async (error) => {
        console.error(
          await page.evaluate(() => ({
            hl: document.querySelectorAll(".article-text .hl").length,
            cards: document.querySelectorAll(".annotation-list > li").length,
            url: location.href,
            title: document.title,
          })),
        );
        throw error;
      });
    interactive.push(await page.evaluate(() => performance.now()));

    const word = await page.evaluate(() => {
      const p = document.querySelectorAll(".article-text p")[3]!;
      p.scrollIntoView({ block: "center" });
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && node.textContent!.trim().length < 12) node = walker.nextNode();
      const range = document.createRange();
      range.setStart(node!, 0);
      range.setEnd(node!, 10);
      const r = range.getBoundingClientRect();
      return { x1: r.left + 1, x2: r.right - 1, y: r.top + r.height / 2 };
    });
    await page.mouse.move(word.x1, word.y);
    await page.mouse.down();
    await page.mouse.move(word.x2, word.y, { steps: 3 });
    await page.mouse.up();
    await page
      .getByRole("toolbar", { name: "Tag the selected text" })
      .waitFor()
      .catch(async (error) => {
        await page.screenshot({ path: "/tmp/page-bench-failure.png" });
        throw error;
      });
    const elapsed = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if (document.querySelector(".article-text .hl-pending")) {
              observer.disconnect();
              resolve(performance.now() - started);
            }
          });
          observer.observe(document.querySelector(".article-text")!, { subtree: true, childList: true, attributes: true });
          window.dispatchEvent(new KeyboardEvent("keydown", { key: "c", bubbles: true }));
        }),
    );
    highlight.push(elapsed);
    await page.waitForFunction(() => !document.querySelector(".article-text .hl-pending"));
  }
  await browser.close();
  console.log(`article: ${text.split(/\s+/).length.toLocaleString("en")} words, 1,000 annotations; ${RUNS} navigations`);
  console.log(
    `page interactive after navigation: median ${percentile(interactive, 50).toFixed(0)} ms (min ${Math.min(...interactive).toFixed(0)}, max ${Math.max(...interactive).toFixed(0)})`,
  );
  console.log(
    `tag key → highlight shown (optimistic): median ${percentile(highlight, 50).toFixed(1)} ms (min ${Math.min(...highlight).toFixed(1)}, max ${Math.max(...highlight).toFixed(1)})`,
  );
} finally {
  server.kill("SIGTERM");
  await getDb().$disconnect();
  await scratch.drop();
}
process.exit(0);
