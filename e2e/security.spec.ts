import { test, expect, type Page } from "@playwright/test";
import { formError, importByPaste, storageStateFor, tagPhrase, uniqueArticle } from "./helpers";
import { createPerson, testDatabase } from "./people";

const SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
};

function expectSecurityHeaders(headers: Record<string, string>) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], name).toBe(value);
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain("unsafe-eval");
}

/** Collects every CSP violation the page reports, from before its first script runs. */
/**
 * Every CSP violation of every document the page loads, in the order they came. Recorded on the
 * test's side: a list kept in the page would start empty again with each navigation.
 */
async function recordViolations(page: Page) {
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (violation: string) => void }).reportCspViolation;
      report(`${location.pathname}: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return async () => violations;
}

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the sign-in page, the API and static files carry the security headers", async ({ request }) => {
    expectSecurityHeaders((await request.get("/signin")).headers());
    expectSecurityHeaders((await request.get("/api/articles", { maxRedirects: 0 })).headers());
    const first = (await request.get("/signin")).headers()["content-security-policy"];
    const second = (await request.get("/signin")).headers()["content-security-policy"];
    expect(first).not.toBe(second);
  });

  test("no page can frame the sign-in page, not even one of our own", async ({ page, baseURL }) => {
    // A framing page served at our own origin: frame-ancestors 'none' refuses every ancestor, and
    // (unlike a page on another host) Chromium's private-network rules cannot be what blocks it.
    await page.route(`${baseURL}/framing-test`, (route) =>
      route.fulfill({ contentType: "text/html", body: `<iframe id="victim" src="${baseURL}/signin"></iframe>` }),
    );
    const blocked = page.waitForEvent("console", (message) => /frame-ancestors 'none'/.test(message.text()));
    await page.goto(`${baseURL}/framing-test`);
    await blocked;
    const frame = page.frame({ url: /\/signin/ });
    expect(await frame?.locator("input[name=password]").count()).toBeFalsy();
  });

  test("a callback that points off the site lands on the home page after sign-in", async ({ page }) => {
    const db = testDatabase();
    const person = await createPerson(db, "REVIEWER", "Redirect");
    await db.end();
    await page.goto("/signin?callbackUrl=/%5Cevil.example/phish");
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(person.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible({ timeout: 30_000 });
    expect(new URL(page.url()).host).toBe(new URL(page.context().pages()[0]!.url()).host);
    expect(page.url()).not.toContain("evil.example");
  });

  test("rotating X-Forwarded-For buys no extra guesses", async ({ request }) => {
    const email = `rotate-${Date.now()}@factmark.test`;
    const statuses: string[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const answer = await request.post("/api/auth/callback/credentials", {
        form: { csrfToken, email, password: `guess-${attempt}`, json: "true" },
        headers: { "x-forwarded-for": `198.51.100.${attempt}` },
        maxRedirects: 0,
      });
      const location = (await answer.json().catch(() => ({}))) as { url?: string };
      statuses.push(new URL(location.url ?? "http://x/?error=none").searchParams.get("error") ?? "none");
    }
    expect(statuses.slice(0, 5)).toEqual(Array(5).fill("CredentialsSignin"));
    expect(statuses.slice(5).every((error) => error.startsWith("RATE_LIMITED:"))).toBe(true);
  });

  test("a stranger's failed guesses do not lock the owner out of their own browser", async ({ page, browser, baseURL }) => {
    const db = testDatabase();
    const owner = await createPerson(db, "REVIEWER", "Owner");
    await db.end();
    const signIn = async (target: Page, password: string) => {
      await target.goto("/signin");
      await target.getByLabel("Email").fill(owner.email);
      await target.getByLabel("Password").fill(password);
      await target.getByRole("button", { name: "Sign in" }).click();
    };
    // The owner has signed in on this browser before: it holds the account's device cookie.
    await signIn(page, owner.password);
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible({ timeout: 30_000 });
    await page.context().clearCookies({ name: /next-auth/ });

    const stranger = await browser.newContext({ baseURL });
    const strangerPage = await stranger.newPage();
    for (let attempt = 0; attempt < 6; attempt++) {
      await signIn(strangerPage, `guess-${attempt}`);
      await expect(formError(strangerPage)).toBeVisible();
    }
    await expect(formError(strangerPage)).toHaveText(/Too many failed attempts/);
    await stranger.close();

    await signIn(page, owner.password);
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible({ timeout: 30_000 });
  });
});

test.describe("signed in", () => {
  test.use({ storageState: storageStateFor("editor") });

  test("every screen works under the policy without a single violation", async ({ page }) => {
    const violations = await recordViolations(page);
    const article = uniqueArticle("Under CSP");
    await importByPaste(page, article);
    await tagPhrase(page, "will rise by 4.99 per cent next year", "c");
    const claim = page.locator(".annotation-list > li").filter({ hasText: "will rise by 4.99 per cent next year" });
    await claim.getByLabel("Verdict").selectOption({ label: "Mostly false" });
    await claim.getByRole("textbox", { name: "Rationale" }).fill("Checked under the policy.");
    await expect(claim.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
    await expect(page.locator("style[data-tiptap-style][nonce]")).toHaveCount(1);
    await page.getByRole("link", { name: "Verdict report and exports" }).click();
    await expect(page.locator(".finding-passage mark")).toHaveText("will rise by 4.99 per cent next year");
    await page.goto("/");
    await expect(page.getByRole("link", { name: article.title })).toBeVisible();
    await page.goto("/my-work");
    await page.goto("/notifications");
    expect(await violations()).toEqual([]);
  });

  test("injected markup cannot run script", async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto("/");
    // What a stored payload would do if it ever reached the page as markup.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        "beforeend",
        `<img src="/favicon.ico?x" onload="window.injected = true" onerror="window.injected = true">`,
      );
    });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect((await violations()).some((violation) => /: script-src/.test(violation))).toBe(true);
  });
});
