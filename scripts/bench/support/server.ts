// What the server benches share: a `next start` of the current build, signed-in request
// contexts, the server's CPU time and memory read from /proc, and percentiles.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "../../..");

export type NextServer = { process: ChildProcess; base: string; stop: () => Promise<void> };

/**
 * `next start` on `port` with `env` added (run `npm run build` first); stopped when the bench exits.
 * `nodeArgs` go to the server's node (e.g. --cpu-prof, which NODE_OPTIONS refuses).
 * BENCH_SERVER_LOG=<file> keeps the server's stderr there (timings logged while hunting a cost).
 */
export async function startNext(port: number, env: Record<string, string>, nodeArgs: string[] = []): Promise<NextServer> {
  const base = `http://localhost:${port}`;
  // Something already answering there would be measured instead of this build.
  if (
    await fetch(base).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`Port ${port} is taken: set BENCH_PORT to a free one.`);
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, AUTH_SECRET: "bench-secret", NEXTAUTH_URL: base, ...env },
    stdio: ["ignore", "ignore", process.env.BENCH_SERVER_LOG ? fs.openSync(process.env.BENCH_SERVER_LOG, "w") : "ignore"],
  });
  process.once("exit", () => child.kill("SIGKILL"));
  await waitForServer(`${base}/signin`);
  return {
    process: child,
    base,
    stop: async () => {
      child.kill("SIGTERM");
      if (child.exitCode === null) await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

export async function waitForServer(url: string) {
  for (let attempt = 0; attempt < 240; attempt++) {
    if ((await fetch(url).catch(() => null))?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer`);
}

export async function signIn(base: string, user: { email: string; password: string }): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL: base });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true", callbackUrl: base },
  });
  return context;
}

/** The process and its descendants (`next start` may hand work to a child). */
function processTree(pid: number): number[] {
  const children = fs.readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    for (const entry of children) {
      const stat = readStat(Number(entry));
      if (stat && Number(stat[1]) === tree[i]) tree.push(Number(entry));
    }
  }
  return tree;
}

function readStat(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which may itself hold spaces: state is [0], ppid [1].
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

const TICK_MS = 1000 / 100;

/** User + system CPU time of the process tree, in milliseconds. */
export function cpuMs(pid: number): number {
  return processTree(pid).reduce((sum, each) => {
    const stat = readStat(each);
    return stat ? sum + (Number(stat[11]) + Number(stat[12])) * TICK_MS : sum;
  }, 0);
}

export function rssMiB(pid: number): number {
  return processTree(pid).reduce((sum, each) => {
    try {
      const status = fs.readFileSync(`/proc/${each}/status`, "utf8");
      return sum + Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      return sum;
    }
  }, 0);
}

export function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** A deterministic article of about `words` words in paragraphs of four sentences. */
export function makeText(words: number) {
  const vocabulary =
    "the council said budget rise per cent minister claimed figures showed unemployment fell record levels critics argued spending £3bn housing schools hospitals transport fares frozen voters election".split(
      " ",
    );
  const paragraphs: string[] = [];
  let count = 0;
  let seed = 7;
  while (count < words) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      const length = 12 + ((s * 5) % 9);
      const sentence = Array.from({ length }, () => vocabulary[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % vocabulary.length]).join(
        " ",
      );
      sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
      count += length;
    }
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs.join("\n\n");
}
