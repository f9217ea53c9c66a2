// `npm run bench`: prints timings for the performance targets (no pass/fail: these machines are
// shared and noisy). 1) re-anchoring 1,000 annotations in Node; 2) the article page with a
// 10,000-word text and 1,000 annotations on a production build: time to interactive and time
// from pressing a tag key to the new highlight. 3) live updates: save → other viewer p50/p95, and
// 500 idle event streams (memory per stream, save latency with and without them).
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

function run(script: string) {
  return new Promise<number>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        "--experimental-wasm-modules",
        "--no-warnings=ExperimentalWarning",
        "--conditions=react-server",
        "--import",
        "tsx",
        path.join(root, script),
      ],
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
console.log("\n== Article page (production build, Chromium)");
const page = await run("scripts/bench/page-bench.ts");
console.log("\n== Refused saves: 50 editors on 20 cards, before and after the field merge");
const refused = await run("scripts/bench/refused-saves.ts");
console.log("\n== Live updates (production build, Chromium)");
const live = await run("scripts/bench/live-bench.ts");
process.exit(anchoring || page || refused || live);
