// `npm start` runs scripts/start.sh: it prepares, then the shell becomes the Next.js server
// (exec), so no launcher (npm's script shell, run.mjs, a tsx process) stays resident beside it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { test, expect } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3100) + 90;

function childrenOf(pid: number) {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false;
      }
    });
}

test("the start script becomes the server: nothing else stays resident, and SIGTERM ends it", async () => {
  test.setTimeout(120_000);
  const child = spawn("sh", ["scripts/start.sh"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      NEXTAUTH_URL: `http://localhost:${port}`,
      // As in a deployment: migrations as the owner, the server as the app's role.
      DATABASE_OWNER_URL: process.env.FACTMARK_TEST_OWNER_URL ?? process.env.DATABASE_URL,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  try {
    await expect
      .poll(async () => (await fetch(`http://localhost:${port}/signin`).catch(() => null))?.status, { timeout: 90_000, message: output })
      .toBe(200);
    // The process started as `sh` is now the server itself, and it has started nothing beside it.
    expect(fs.readFileSync(`/proc/${child.pid}/cmdline`, "utf8")).toMatch(/next/);
    expect(childrenOf(child.pid!)).toEqual([]);
    expect(output).toContain("Database: DATABASE_URL");
    // What the prepare step printed for the shell is not shown: it was read, not logged.
    expect(output).not.toContain("export AUTH_SECRET");
  } finally {
    child.kill("SIGTERM");
  }
  const code = await new Promise<number | null>((resolve) =>
    child.once("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 0 : null))),
  );
  expect(code).not.toBeNull();
  await expect.poll(async () => (await fetch(`http://localhost:${port}/signin`).catch(() => null))?.status ?? "closed").toBe("closed");
});
