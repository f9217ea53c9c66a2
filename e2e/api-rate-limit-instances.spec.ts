// Two app instances on one database spend one token's allowance between them: the count lives in
// PostgreSQL, so the token is refused at the limit, not at twice the limit (which is what a count
// kept in each instance's memory allowed).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectContract } from "./api-contract";
import { storageStateFor } from "./helpers";

// +10 is live-instances.spec.ts's second instance; the two specs may run at once.
const SECOND_PORT = Number(process.env.E2E_PORT ?? 3100) + 11;
const root = path.resolve(import.meta.dirname, "..");
let second: ChildProcess | undefined;

test.use({ storageState: storageStateFor("reviewer") });

test.afterAll(async () => {
  if (!second || second.exitCode !== null) return;
  const exited = new Promise((resolve) => second!.once("exit", resolve));
  second.kill("SIGTERM");
  await exited;
});

/** The same build on another port, with the first instance's environment and allowance. */
async function startSecondInstance(limit: number) {
  second = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(SECOND_PORT)], {
    cwd: root,
    env: { ...process.env, NEXTAUTH_URL: `http://localhost:${SECOND_PORT}`, FACTMARK_API_RATE_LIMIT: String(limit) },
    stdio: "ignore",
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await fetch(`http://localhost:${SECOND_PORT}/signin`).catch(() => null);
    if (answer?.ok) return;
    if (Date.now() > deadline) throw new Error(`The second instance did not start on port ${SECOND_PORT}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const remainingOf = (header: string | undefined) => Number(/r=(\d+)/.exec(header ?? "")?.[1]);

test("one token's allowance is shared by two instances: refused at the limit, not at twice it", async ({ page, playwright, baseURL }) => {
  test.setTimeout(150_000);
  await page.goto("/settings/tokens");
  const form = page.getByRole("form", { name: "New API token" });
  await form.getByLabel("Name").fill(`two instances ${randomUUID().slice(0, 8)}`);
  await form.getByLabel("read", { exact: true }).setChecked(true);
  await form.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByLabel("New token").textContent()) ?? "";
  expect(token).toMatch(/^fmk_/);

  const headers = { Authorization: `Bearer ${token}` };
  const one = await playwright.request.newContext({ baseURL, extraHTTPHeaders: headers });
  const first = await one.get("/api/v1/me");
  await expectContract(one, first, "getMe");
  const limit = Number(/q=(\d+)/.exec(first.headers()["ratelimit-policy"] ?? "")?.[1]);
  expect(limit).toBeGreaterThan(2);
  await startSecondInstance(limit);
  const two = await playwright.request.newContext({ baseURL: `http://localhost:${SECOND_PORT}`, extraHTTPHeaders: headers });

  // Each instance sees what the other spent.
  const onSecond = await two.get("/api/v1/me");
  expect(onSecond.status()).toBe(200);
  expect(remainingOf(onSecond.headers()["ratelimit"])).toBe(limit - 2);

  // The rest of the allowance, alternating between the instances in concurrent batches.
  const instances: APIRequestContext[] = [one, two];
  let statuses: number[] = [];
  for (let sent = 2; sent < limit; sent += 20) {
    const batch = Array.from({ length: Math.min(20, limit - sent) }, (_, i) => instances[i % 2]!.get("/api/v1/me"));
    statuses = statuses.concat((await Promise.all(batch)).map((response) => response.status()));
  }
  expect(statuses).toEqual(Array(limit - 2).fill(200));

  // Spent: both refuse, although each has answered only about half of the limit itself.
  for (const instance of instances) {
    const over = await instance.get("/api/v1/me");
    expect(over.status()).toBe(429);
    await expectContract(instance, over, "getMe");
    expect(Number(over.headers()["retry-after"])).toBeGreaterThan(0);
    expect(remainingOf(over.headers()["ratelimit"])).toBe(0);
  }
  await one.dispose();
  await two.dispose();
});
