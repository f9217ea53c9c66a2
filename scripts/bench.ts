// `npm run bench`: prints timings for the performance targets (no pass/fail: these machines are
// shared and noisy). 1) re-anchoring 1,000 annotations in Node; 2) the article page with a
// 10,000-word text and 1,000 annotations on a production build: time to interactive and time
// from pressing a tag key to the new highlight.
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
console.log("\n== Article page (production build, Chromium)");
const page = await run("scripts/bench/page-bench.ts");
// Without the react-server condition: it renders the report with react-dom/server, as the page does.
console.log("\n== Reports and exports (Node)");
const exports = await run("scripts/bench/export-bench.ts", []);
process.exit(anchoring || page || exports);
