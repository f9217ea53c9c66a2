// How long parsing a hostile upload takes, and how long a concurrent request to the same process
// waits meanwhile (target: under 100 ms). A tiny HTTP server in this process stands in for the
// app's request loop; a separate process requests a page from it every 20 ms during the parse.
// `-- --html-mb 0.6 --markdown-mb 1` picks the sizes (default: 2 MB each, the upload limit).
import { spawn } from "node:child_process";
import http from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import {
  deepButAllowedHtml,
  deepButAllowedMarkdown,
  nestedInlineHtml,
  nestedListMarkdown,
} from "../../lib/import/hostile/hostile-inputs.ts";
import { prepareImport } from "../../lib/import/index.ts";

const { values } = parseArgs({ options: { "html-mb": { type: "string" }, "markdown-mb": { type: "string" } } });
const MB = 1024 * 1024;
const htmlBytes = Math.round(Number(values["html-mb"] ?? 2) * MB);
const markdownBytes = Math.round(Number(values["markdown-mb"] ?? 2) * MB);

const server = http.createServer((_request, response) => response.end("ok"));
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

// The first case parses nothing for 5 s: the waits it shows are the machine's own (a shared,
// loaded machine delays every thread), the floor against which the others are read.
const cases = [
  { name: "nothing parsed, 5 s (control)", content: null, format: "html" as const },
  { name: `nested inline HTML, ${(htmlBytes / MB).toFixed(1)} MB`, content: nestedInlineHtml(htmlBytes), format: "html" as const },
  {
    name: `nested Markdown lists, ${(markdownBytes / MB).toFixed(1)} MB`,
    content: nestedListMarkdown(markdownBytes),
    format: "markdown" as const,
  },
  {
    name: `HTML nested just under the limit, ${(htmlBytes / MB).toFixed(1)} MB`,
    content: deepButAllowedHtml(htmlBytes),
    format: "html" as const,
  },
  {
    name: `Markdown lists nested just under the limit, ${(markdownBytes / MB).toFixed(1)} MB`,
    content: deepButAllowedMarkdown(markdownBytes),
    format: "markdown" as const,
  },
];
// The server has parsed a document before: the worker's start-up (once per worker) is not what is measured.
await prepareImport({ content: "<p>warm-up</p>", format: "html" });
for (const { name, content, format } of cases) {
  const pinger = startPinger(url);
  await pinger.ready;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const started = performance.now();
  let outcome: string;
  try {
    if (content === null) {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      outcome = "idle";
    } else {
      const result = await prepareImport({ content, format });
      outcome = result.ok ? `imported (${result.text.length} characters)` : `refused: ${result.error.message}`;
    }
  } catch (error) {
    outcome = `threw: ${String(error).split("\n")[0]}`;
  }
  const parseMs = performance.now() - started;
  loop.disable();
  const waits = await pinger.stop();
  const longest = Math.max(...waits);
  const median = [...waits].sort((a, b) => a - b)[Math.floor(waits.length / 2)] ?? 0;
  console.log(`${name}: parse ${Math.round(parseMs)} ms, ${outcome.slice(0, 120)}`);
  console.log(
    `  concurrent requests: ${waits.length}, median wait ${Math.round(median)} ms, longest ${Math.round(longest)} ms` +
      `${longest < 100 ? " (under 100 ms)" : " (OVER 100 ms)"}; this process's event loop was blocked at most ${Math.round(loop.max / 1e6)} ms`,
  );
}
server.close();
process.exit(0);

// A child process, so its own timers keep running while this process's event loop is blocked.
function startPinger(target: string) {
  const code = `
    const waits = [];
    let stopped = false;
    process.on("message", () => { stopped = true; });
    (async () => {
      // One request first: a new process's first fetch loads the HTTP client, which is not waiting.
      await fetch(${JSON.stringify(target)}).then((r) => r.text());
      process.send("ready");
      while (!stopped) {
        const t = performance.now();
        await fetch(${JSON.stringify(target)}).then((r) => r.text());
        waits.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
      process.send(waits, () => process.exit(0));
    })();`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  let resolveWaits: (waits: number[]) => void;
  const waits = new Promise<number[]>((resolve) => (resolveWaits = resolve));
  const ready = new Promise<void>((resolve) => {
    child.on("message", (message) => {
      if (message === "ready") resolve();
      else resolveWaits(message as number[]);
    });
  });
  return { ready, stop: () => (child.send("stop"), waits) };
}
