// API clients for specs: a token made for an actor through the settings page's own server action
// (as the Create token button does), and a request context that sends it and no cookie.
import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
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
  return playwright.request.newContext({ baseURL, ...(token && { extraHTTPHeaders: { Authorization: `Bearer ${token}` } }) });
}
