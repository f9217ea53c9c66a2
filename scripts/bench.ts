// `npm run bench`: prints timings and scores for the targets (no pass/fail: these machines are
// shared and noisy). 1) re-anchoring 1,000 annotations in Node; 2) parsing the worst-case 2 MB
// HTML and Markdown uploads, and how long a concurrent request waits meanwhile; 3) article
// extraction's precision, recall and headlines on the saved pages; 4) the article page with a
// 10,000-word text and 1,000 annotations on a production build: time to interactive and time
// from pressing a tag key to the new highlight; 5) reports and exports of 1,000 annotations;
// 6) refused saves with the field merge; 7) live updates: save → other viewer p50/p95, and 500
// idle event streams (memory per stream, save latency with and without them); 8) the server
// against its limits: a save against a raw transaction, SQL round trips, CPU per request as a
// multiple of csrf, the article page's size and cost, memory; 9) the same requests on 10 articles
// and on 10,000 with a million annotations, and every statement under EXPLAIN ANALYZE; 10) saves per
// second with one instance and with two; 11) "Checked before": MAP@5 and Recall@5 on the
// claim-retrieval data (when ../shared has it), and findSimilarFactChecks on 100,000 entries; 12) the
// fact-check library's import: 10,000 ClaimReviews and a ~100 MB DataFeed, with time and memory;
// 13) webhooks: 1,000 events to a receiver that fails every third call, commit → first attempt
// p50/p95, and an annotation save's latency while the worker delivers against without.
// 14) /api/v1 GETs with a bearer token against the same with a session cookie.
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

function run(script: string, conditions = ["--conditions=react-server"]) {
  return new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      ["--experimental-wasm-modules", "--no-warnings=ExperimentalWarning", ...conditions, "--import", "tsx", path.join(root, script)],
      {
        stdio: "inherit",
        cwd: root,
        env: process.env,
      },
    );
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

console.log("== Re-anchoring (Node)");
const anchoring = await run("lib/anchoring/bench.ts");
console.log("\n== Parsing hostile uploads off the request loop (Node)");
const parsing = await run("scripts/bench/parse-blocking-bench.ts");
console.log("\n== Article extraction (saved pages in lib/import/fixtures/pages)");
const extraction = await run("scripts/bench/extraction-score.ts");
console.log("\n== Article page (production build, Chromium)");
const page = await run("scripts/bench/page-bench.ts");
// Without the react-server condition: it renders the report with react-dom/server, as the page does.
console.log("\n== Reports and exports (Node)");
const exports = await run("scripts/bench/export-bench.ts", []);
console.log("\n== Refused saves: 50 editors on 20 cards, before and after the field merge");
const refused = await run("scripts/bench/refused-saves.ts");
console.log("\n== Live updates (production build, Chromium)");
const live = await run("scripts/bench/live-bench.ts");
console.log("\n== The server against its limits (production build)");
const server = await run("scripts/bench/server-bench.ts");
console.log("\n== Small database against a million rows (production build, needs DATABASE_URL)");
const scale = await run("scripts/bench/scale-bench.ts");
console.log("\n== Saves per second, one instance and two (production build, needs DATABASE_URL)");
const instances = await run("scripts/bench/instances-bench.ts");
console.log("\n== Checked before: relevance on the claim-retrieval data (needs DATABASE_URL and ../shared/data)");
const relevance = await run("scripts/bench/claim-retrieval-bench.ts");
console.log("\n== Checked before: 100,000 library entries (needs DATABASE_URL)");
const similar = await run("scripts/bench/similar-bench.ts");
console.log("\n== Fact-check library import: 10,000 ClaimReviews and a ~100 MB feed (Node)");
const library = await run("scripts/bench/fact-check-import-bench.ts");
console.log("\n== Webhooks: 1,000 events to a receiver that fails every third call (needs DATABASE_URL)");
const webhooks = await run("scripts/bench/webhook-bench.ts");
console.log("\n== API: a bearer token against a session cookie (production build, needs DATABASE_URL)");
const apiToken = await run("scripts/bench/api-token-bench.ts");
process.exit(
  anchoring ||
    parsing ||
    extraction ||
    page ||
    exports ||
    refused ||
    live ||
    server ||
    scale ||
    instances ||
    relevance ||
    similar ||
    library ||
    webhooks ||
    apiToken,
);
