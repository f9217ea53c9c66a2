// Personal access tokens end to end: made on the settings page, used against /api/v1 by a client
// that has no cookie, revoked on the page, refused at the next request; scopes and the rate limit.
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "@playwright/test";
import { createToken } from "./api-clients";
import { expectContract } from "./api-contract";
import { storageStateFor } from "./helpers";
import { DEMO_USERS } from "../lib/demo-users";

test.use({ storageState: storageStateFor("reviewer") });

test("a token made on the settings page acts as its user until it is revoked there", async ({ page, playwright, baseURL }) => {
  const { name, token } = await createToken(page, { scopes: ["read", "export"] });
  const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });

  const me = await script.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect(await expectContract(script, me, "getMe")).toEqual({
    user: expect.objectContaining({ email: DEMO_USERS.reviewer.email, role: "reviewer" }),
    scopes: ["read", "export"],
    via: "token",
    tokenPrefix: token.slice(0, 12),
  });
  expect(me.headers()["ratelimit-policy"]).toMatch(/^"per-token";q=\d+;w=\d+$/);
  expect(me.headers()["ratelimit"]).toMatch(/^"per-token";r=\d+;t=\d+$/);

  // The list shows it, its prefix and that it was used, never the secret.
  await page.reload();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(`${token.slice(0, 12)}…`);
  await expect(row).toContainText("read, export");
  await expect(row).not.toContainText("Not yet");
  await expect(page.getByText(token)).toHaveCount(0);

  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("Revoked");
  const refused = await script.get("/api/v1/me");
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toMatch(/^Bearer/);
  expect((await refused.json()).detail).toMatch(/was revoked/);
  await script.dispose();
});

test("a token does only what its scopes allow; the browser session holds them all", async ({ page, playwright, baseURL }) => {
  const { token } = await createToken(page, { scopes: ["annotate"] });
  const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const forbidden = await script.get("/api/v1/me");
  expect(forbidden.status()).toBe(403);
  await expectContract(script, forbidden, "getMe");
  expect(forbidden.headers()["content-type"]).toBe("application/problem+json");
  expect(await forbidden.json()).toMatchObject({
    type: "https://factmark.app/problems/forbidden",
    status: 403,
    reason: "MISSING_SCOPE",
    detail: expect.stringContaining('"read" scope'),
  });
  await script.dispose();

  // The page's own cookie: every scope, no rate limit.
  const session = await page.request.get("/api/v1/me");
  expect(await session.json()).toMatchObject({
    via: "session",
    tokenPrefix: null,
    scopes: ["read", "annotate", "review", "export", "admin"],
  });
  // A reviewer is not offered the admin scope.
  await page.goto("/settings/tokens");
  await expect(page.getByRole("form", { name: "New API token" }).getByLabel("admin", { exact: true })).toHaveCount(0);
});

test("malformed, unknown and missing credentials are refused with 401", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  expect((await anonymous.get("/api/v1/me")).status()).toBe(401);
  const malformed = await anonymous.get("/api/v1/me", { headers: { Authorization: "Bearer fmk_typo" } });
  expect(malformed.status()).toBe(401);
  expect((await malformed.json()).detail).toMatch(/not a Factmark API token/);
  // Well formed, its checksum right, but never issued.
  const unknown = await anonymous.get("/api/v1/me", { headers: { Authorization: `Bearer fmk_${"A".repeat(30)}0uCPlr` } });
  expect(unknown.status()).toBe(401);
  expect((await unknown.json()).detail).toMatch(/not known/);
  await anonymous.dispose();
});

test("past the per-token limit the API answers 429 with Retry-After", async ({ page, playwright, baseURL }) => {
  const { token } = await createToken(page, { scopes: ["read"] });
  const script = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const first = await script.get("/api/v1/me");
  const limit = Number(/q=(\d+)/.exec(first.headers()["ratelimit-policy"] ?? "")?.[1]);
  expect(limit).toBeGreaterThan(0);
  // The rest of the window's allowance in batches, then one more.
  let statuses: number[] = [];
  for (let sent = 1; sent < limit; sent += 50) {
    const batch = Array.from({ length: Math.min(50, limit - sent) }, () => script.get("/api/v1/me"));
    statuses = statuses.concat((await Promise.all(batch)).map((response) => response.status()));
  }
  expect(statuses.every((status) => status === 200)).toBe(true);
  const over = await script.get("/api/v1/me");
  expect(over.status()).toBe(429);
  expect(Number(over.headers()["retry-after"])).toBeGreaterThan(0);
  expect(over.headers()["ratelimit"]).toMatch(/r=0;/);
  expect((await over.json()).type).toBe("https://factmark.app/problems/rate-limited");
  await script.dispose();
});

test("the settings page has no serious accessibility problems", async ({ page }) => {
  await createToken(page, { scopes: ["read"] });
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))).toEqual([]);
});
