// Tokens for the API specs, made as a user makes them: on the settings page, shown once.
import { randomUUID } from "node:crypto";
import { expect, type Page, type PlaywrightWorkerArgs } from "@playwright/test";

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
export function anonymousClient(
  playwright: PlaywrightWorkerArgs["playwright"],
  baseURL: string | undefined,
  headers: Record<string, string> = {},
) {
  return playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] }, extraHTTPHeaders: headers });
}

/** A client with no cookie that sends the token. */
export function tokenClient(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string | undefined, token: string) {
  return anonymousClient(playwright, baseURL, { Authorization: `Bearer ${token}` });
}
