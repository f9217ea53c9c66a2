// API clients for specs: a token made through the settings page (its form, when the page is what
// is tested, or its own server action, as the Create token button calls it), and request contexts
// that send it and no cookie.
import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import type { ApiScope } from "../lib/generated/prisma/enums";
import type { Actor } from "./review-desk";
import { postAction } from "./server-actions";

type Playwright = PlaywrightWorkerArgs["playwright"];

/** A new token of `actor` holding exactly `scopes`, valid for a week. */
export async function apiTokenFor(actor: Actor, scopes: ApiScope[]): Promise<string> {
  const answer = await postAction(actor.request, "/settings/tokens", "createApiTokenAction", {
    name: `spec ${randomUUID().slice(0, 8)}`,
    scopes,
    expiresInDays: 7,
  });
  expect(answer.result, answer.text.slice(0, 300)).toMatchObject({ ok: true });
  return (answer.result as { ok: true; data: { token: string } }).data.token;
}

/** A client with no cookie that sends `token` (or nothing at all) as a script would. */
export function apiClient(playwright: Playwright, baseURL: string, token: string | null): Promise<APIRequestContext> {
  return token ? tokenClient(playwright, baseURL, token) : anonymousClient(playwright, baseURL);
}

export const SCOPE_NAMES = ["read", "annotate", "review", "export", "admin"] as const;
export type ScopeName = (typeof SCOPE_NAMES)[number];

/** Makes a token with exactly these scopes for the page's signed-in user (only an admin's form offers "admin"). */
export async function createToken(page: Page, { scopes }: { scopes: readonly ScopeName[] }) {
  const name = `script ${randomUUID().slice(0, 8)}`;
  await page.goto("/settings/tokens");
  const form = page.getByRole("form", { name: "New API token" });
  await form.getByLabel("Name").fill(name);
  for (const scope of SCOPE_NAMES) {
    const box = form.getByLabel(scope, { exact: true });
    if (scope === "admin" && (await box.count()) === 0) continue;
    await box.setChecked(scopes.includes(scope));
  }
  await form.getByLabel("Expires").selectOption("7");
  await form.getByRole("button", { name: "Create token" }).click();
  const secret = page.getByLabel("New token");
  await expect(secret).toHaveText(/^fmk_[0-9A-Za-z]{36}$/);
  return { name, token: (await secret.textContent()) ?? "" };
}

/** A client with no cookie (the test's signed-in state is not inherited), as a script would be. */
export function anonymousClient(playwright: Playwright, baseURL: string | undefined, headers: Record<string, string> = {}) {
  return playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: headers });
}

/** A client with no cookie that sends the token. */
export function tokenClient(playwright: Playwright, baseURL: string | undefined, token: string) {
  return anonymousClient(playwright, baseURL, { Authorization: `Bearer ${token}` });
}
