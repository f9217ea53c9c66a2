import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ConvertDocumentInput, ConvertedDocument } from "../convert-document";
import type { ImportResult } from "../types";

// Parsing an untrusted document may take long or use much memory; in a worker thread it can do
// neither to the server: the request loop keeps answering, and the worker is terminated when it
// overruns its budget. One core is left to the request loop (a parse that takes every core would
// slow every request as surely as one on the main thread), so: cores − 1 workers, at least one;
// more jobs queue.
export const PARSE_TIME_BUDGET_MS = 10_000;
export const PARSE_MEMORY_MB = 256;
const MAX_WORKERS = Math.max(1, os.availableParallelism() - 1);
const STARTUP_TIMEOUT_MS = 30_000;

type Answer = ImportResult<ConvertedDocument>;
type Job = { input: ConvertDocumentInput; timeoutMs: number; resolve: (answer: Answer) => void };
type Slot = { worker: Worker; ready: Promise<boolean> };

const idle: Slot[] = [];
const queue: Job[] = [];
let running = 0;

// Resolved from the working directory, which is the project's root for `next start`, the npm
// scripts and Vitest alike: a bundler would rewrite a path relative to this module. The
// turbopackIgnore comments keep Next's bundler from following the path into the worker (and so
// into tsx and esbuild's binary, which it cannot bundle): the file is run as it is.
function workerFile(): string {
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), "lib/import/worker/parse-worker.mjs");
  if (!fs.existsSync(/* turbopackIgnore: true */ file))
    throw new Error(`The parse worker is missing at ${file}: start the app from the project's folder.`);
  return file;
}

const refusal = (message: string): Answer => ({ ok: false, error: { code: "TOO_COMPLEX", message } });

/** Converts a document in a worker thread: the result, or a refusal as data when it overran its time or memory. */
export function convertInWorker(input: ConvertDocumentInput, options: { timeoutMs?: number } = {}): Promise<Answer> {
  return new Promise((resolve) => {
    queue.push({ input, timeoutMs: options.timeoutMs ?? PARSE_TIME_BUDGET_MS, resolve });
    drain();
  });
}

/**
 * Starts a worker ahead of the first document (from instrumentation.ts when the server starts):
 * loading the parsers takes seconds on a busy machine, which the first import should not wait for.
 */
export function warmParsePool(): void {
  if (idle.length > 0 || running > 0) return;
  const slot = startWorker();
  slot.worker.unref();
  idle.push(slot);
}

function drain() {
  while (queue.length > 0 && running < MAX_WORKERS) {
    const job = queue.shift()!;
    running++;
    void run(job).finally(() => {
      running--;
      drain();
    });
  }
}

async function run(job: Job): Promise<void> {
  const slot = idle.pop() ?? startWorker();
  slot.worker.ref();
  if (!(await slot.ready)) {
    job.resolve(refusal("The document could not be parsed: the parser did not start. Try again."));
    return;
  }
  const answer = await new Promise<{ answer: Answer; reusable: boolean }>((resolve) => {
    const timer = setTimeout(() => {
      resolve({
        answer: refusal(
          `Reading this document took longer than ${job.timeoutMs / 1000} s, so it was stopped. It is too complex to import.`,
        ),
        reusable: false,
      });
    }, job.timeoutMs);
    const finish = (result: { answer: Answer; reusable: boolean }) => {
      clearTimeout(timer);
      slot.worker.off("message", onMessage);
      slot.worker.off("error", onError);
      slot.worker.off("exit", onExit);
      resolve(result);
    };
    const onMessage = (message: Answer) => finish({ answer: message, reusable: true });
    const onError = (error: Error & { code?: string }) =>
      finish({
        answer: refusal(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? `Reading this document needed more than ${PARSE_MEMORY_MB} MB of memory, so it was stopped. It is too complex to import.`
            : "The document could not be parsed. Check that it is a normal web page or text file.",
        ),
        reusable: false,
      });
    const onExit = () => finish({ answer: refusal("The document could not be parsed. Try again."), reusable: false });
    slot.worker.on("message", onMessage);
    slot.worker.on("error", onError);
    slot.worker.on("exit", onExit);
    slot.worker.postMessage(job.input);
  });
  if (answer.reusable) {
    slot.worker.unref(); // An idle worker must not keep the command line's process alive.
    idle.push(slot);
  } else {
    void slot.worker.terminate();
  }
  job.resolve(answer.answer);
}

function startWorker(): Slot {
  // turbopackIgnore: Next's bundler would otherwise bundle the worker, tsx and esbuild with it; the
  // plain .mjs entry runs as it is in every setting instead (see workerFile).
  const worker = new Worker(/* turbopackIgnore: true */ workerFile(), {
    resourceLimits: { maxOldGenerationSizeMb: PARSE_MEMORY_MB, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    // The react-server condition and tsx come from the parent's flags on the command line; the
    // worker registers tsx itself, so it needs none of them.
    execArgv: [],
    stdout: false,
    stderr: false,
  });
  const ready = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), STARTUP_TIMEOUT_MS);
    worker.once("message", (message) => {
      clearTimeout(timer);
      resolve(message === "ready");
    });
    worker.once("error", () => resolve(false));
    worker.once("exit", () => resolve(false));
  });
  // A worker that dies while idle is simply not reused.
  worker.on("exit", () => {
    const index = idle.findIndex((slot) => slot.worker === worker);
    if (index !== -1) idle.splice(index, 1);
  });
  worker.on("error", () => {});
  return { worker, ready };
}
