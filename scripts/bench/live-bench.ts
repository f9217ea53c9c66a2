// Live updates on a production build (`npm run build` first), served by `next start`:
// 1) propagation: an author's save (a server action over HTTP) until a second person's open
//    article page shows it, p50/p95 over 200 changes, after 20 warm-up changes that are not
//    counted (the server's first requests compile and cache, the browser's first renders JIT);
// 2) 500 idle event streams on one instance: server memory per stream, and save latency with
//    them open against none. Figures only: these machines are shared and noisy.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { createBenchArticle, createBenchClaim, openBenchDatabase } from "./support/bench-database.ts";
import { postAction } from "../../e2e/server-actions.ts";
import { percentile, signIn, waitForServer } from "./support/server.ts";

const root = path.resolve(import.meta.dirname, "../..");
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://localhost:${PORT}`;
const CHANGES = Number(process.env.LIVE_BENCH_CHANGES ?? 200);
// Made and timed exactly like the measured ones, then dropped.
const WARMUP = Number(process.env.LIVE_BENCH_WARMUP ?? 20);
// LIVE_BENCH_STREAMS=0 measures propagation only.
const STREAMS = Number(process.env.LIVE_BENCH_STREAMS ?? 500);
const SAVES = 60;

// A real PostgreSQL (DATABASE_URL) carries events by LISTEN/NOTIFY; the embedded one in-process.
const liveBus = process.env.DATABASE_URL ? "postgres" : "memory";
const { scratch, DEMO_USERS, editor } = await openBenchDatabase(process.env.BENCH_DB_PREFIX);
const text = "Council tax in Barnet will rise by 4.99 per cent next year, the council's leader said.\n\nCritics disagree.";
const article = await createBenchArticle(editor.id, "Live benchmark", text, 0);
const claim = await createBenchClaim(article, editor.id, "Council tax");

const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(PORT)], {
  cwd: root,
  env: {
    ...process.env,
    AUTH_SECRET: "bench-secret",
    NEXTAUTH_URL: BASE,
    FACTMARK_LIVE_BUS: liveBus,
  },
  stdio: "ignore",
});
// However this script ends, the server ends with it (a leftover would hold the port).
process.once("exit", () => server.kill("SIGKILL"));
try {
  await waitForServer(`${BASE}/signin`);
  const author = await signIn(BASE, DEMO_USERS.editor);
  const pagePath = `/articles/${article.id}`;
  let version = claim.version;
  async function save(marker: string) {
    const started = performance.now();
    const answer = await postAction(author, pagePath, "updateAnnotationAction", {
      annotationId: claim.id,
      version,
      patch: { claimText: marker },
    });
    if (!answer.result?.ok) throw new Error(`save refused: ${answer.text.slice(0, 200)}`);
    version = answer.result.data.version;
    return performance.now() - started;
  }

  // 1) Propagation, through a real browser on the viewer's side.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking"],
  });
  const viewer = await browser.newPage();
  await viewer.goto(`${BASE}/signin`);
  await viewer.getByLabel("Email").fill(DEMO_USERS.reviewer.email);
  await viewer.getByLabel("Password").fill(DEMO_USERS.reviewer.password);
  await viewer.getByRole("button", { name: "Sign in" }).click();
  await viewer.getByRole("heading", { name: "Articles" }).waitFor();
  await viewer.goto(`${BASE}${pagePath}`);
  await viewer.locator(".annotation-list > li button").first().click();
  await viewer.getByLabel("Checkable claim").waitFor();
  await viewer.locator(".live-status[data-live-status=live]").waitFor({ state: "attached" });
  const propagation: number[] = [];
  // Where the time goes, from the viewer's own resource timings: save sent → the viewer starts
  // fetching the changed annotation (commit, NOTIFY, feed read, SSE write, delivery), that fetch,
  // and fetch answered → card shows it (store and render). Empty when the event carries the view.
  const toEvent: number[] = [];
  const fetching: number[] = [];
  const rendering: number[] = [];
  const saves: number[] = [];
  async function change(marker: string) {
    // The viewer notes (by its own clock, the same machine's) when its card shows the marker.
    // A string, not a function: tsx would wrap a named arrow in a helper the page does not have.
    const seen = viewer.evaluate<number>(`new Promise((resolve) => {
      const field = document.querySelector(".annotation-editor textarea");
      (function check() { field.value === ${JSON.stringify(marker)} ? resolve(Date.now()) : requestAnimationFrame(check); })();
    })`);
    const sentAt = Date.now();
    const saveMs = await save(marker);
    const seenAt = await seen;
    const fetched = await viewer.evaluate<{ start: number; end: number } | null>(`(() => {
      const entries = performance.getEntriesByType("resource").filter((e) => e.name.includes("/annotations?ids="));
      const last = entries[entries.length - 1];
      performance.clearResourceTimings();
      return last ? { start: performance.timeOrigin + last.startTime, end: performance.timeOrigin + last.responseEnd } : null;
    })()`);
    return { saveMs, sentAt, seenAt, fetched: fetched && fetched.start >= sentAt ? fetched : null };
  }
  for (let warm = 1; warm <= WARMUP; warm++) await change(`warm-up ${warm}`);
  for (let changeNo = 1; changeNo <= CHANGES; changeNo++) {
    const { saveMs, sentAt, seenAt, fetched } = await change(`change ${changeNo}`);
    saves.push(saveMs);
    propagation.push(seenAt - sentAt);
    if (fetched) {
      toEvent.push(fetched.start - sentAt);
      fetching.push(fetched.end - fetched.start);
      rendering.push(seenAt - fetched.end);
    }
  }
  await browser.close();
  console.log(
    `propagation, save sent → other viewer's card shows it (${CHANGES} changes, ${liveBus} bus; ` +
      `after ${WARMUP} warm-up changes, made the same way and not counted):`,
  );
  console.log(
    `  p50 ${percentile(propagation, 50).toFixed(0)} ms, p95 ${percentile(propagation, 95).toFixed(0)} ms, max ${Math.max(...propagation).toFixed(0)} ms`,
  );
  console.log(
    `    the save itself (server action round trip): p50 ${percentile(saves, 50).toFixed(0)} ms, p95 ${percentile(saves, 95).toFixed(0)} ms`,
  );
  if (toEvent.length) {
    const line = (label: string, values: number[]) =>
      `    ${label}: p50 ${percentile(values, 50).toFixed(0)} ms, p95 ${percentile(values, 95).toFixed(0)} ms`;
    console.log(`  where it goes (${toEvent.length} changes that fetched the annotation):`);
    console.log(line("save sent → event heard, fetch starts", toEvent));
    console.log(line("fetch of the changed annotation", fetching));
    console.log(line("fetch answered → card shows it", rendering));
  } else console.log("  (no separate fetch: the events carried the changed annotations)");
  console.log(`  load average at the end: ${fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);

  if (STREAMS > 0) {
    // 2) Idle streams: memory and save latency.
    const without: number[] = [];
    for (let i = 0; i < SAVES; i++) without.push(await save(`quiet ${i}`));
    const before = rssKb(server.pid!);
    const cookie = (await author.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    // Held by a process of their own: reading 500 streams in this one would slow the saves it times.
    const holder = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        path.join(import.meta.dirname, "support/idle-streams.ts"),
        `${BASE}/api/articles/${article.id}/events`,
        String(STREAMS),
      ],
      { env: { ...process.env, BENCH_COOKIE: cookie }, stdio: ["ignore", "pipe", "inherit"] },
    );
    const openedCount = await new Promise<number>((resolve) =>
      holder.stdout.on("data", (chunk: Buffer) => {
        const match = /open (\d+)/.exec(chunk.toString());
        if (match) resolve(Number(match[1]));
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const after = rssKb(server.pid!);
    const withStreams: number[] = [];
    for (let i = 0; i < SAVES; i++) withStreams.push(await save(`busy ${i}`));
    console.log(`${openedCount} idle streams open on one instance (held by another process):`);
    console.log(
      `  server RSS ${(before / 1024).toFixed(0)} MB → ${(after / 1024).toFixed(0)} MB: ${((after - before) / STREAMS).toFixed(1)} KB per stream`,
    );
    console.log(
      `  save latency (server action round trip, ${SAVES} saves): none open p50 ${percentile(without, 50).toFixed(0)} ms p95 ${percentile(without, 95).toFixed(0)} ms; ` +
        `${STREAMS} open p50 ${percentile(withStreams, 50).toFixed(0)} ms p95 ${percentile(withStreams, 95).toFixed(0)} ms`,
    );
    holder.kill();
  }
  await author.dispose();
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  await scratch.drop();
}
process.exit(0);

function rssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]);
}
