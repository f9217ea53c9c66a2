import { test, expect } from "@playwright/test";
import { formError } from "./helpers";
import { createPerson, testDatabase } from "./people";
import { DEMO_USERS } from "../lib/demo-users";

test.describe("signed out", () => {
  test("pages send visitors to sign-in and come back afterwards", async ({ page }) => {
    await page.goto("/articles/new");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Farticles%2Fnew/);
    await page.getByLabel("Email").fill(DEMO_USERS.editor.email);
    await page.getByLabel("Password").fill(DEMO_USERS.editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Import an article" })).toBeVisible();
  });

  test("a wrong password gets one message that does not say which part was wrong", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(DEMO_USERS.reviewer.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formError(page)).toHaveText("Email or password is incorrect.");
    await page.getByLabel("Email").fill("nobody@factmark.test");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formError(page)).toHaveText("Email or password is incorrect.");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("repeated failures are slowed down, even with the right password afterwards", async ({ page }) => {
    const email = `throttle-${Date.now()}@factmark.test`;
    await page.goto("/signin");
    await page.getByLabel("Email").fill(email);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel("Password").fill(`wrong-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(formError(page)).toHaveText("Email or password is incorrect.");
    }
    await page.getByLabel("Password").fill("wrong-6");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formError(page)).toHaveText(/Too many failed attempts\. Wait \d+ seconds? and try again\./);
  });

  test("the API refuses requests without a session", async ({ request }) => {
    const response = await request.get("/api/articles", { maxRedirects: 0 });
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: "Sign in to use this API." });
  });
});

test.describe("signed in", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("signing out ends the session, and a copy of its cookie stops working", async ({ page, browser, baseURL }) => {
    // Its own account: signing out revokes every session of the account, the demo ones' too.
    const db = testDatabase();
    const person = await createPerson(db, "REVIEWER", "Sign-out");
    await db.end();
    await page.goto("/signin");
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(person.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(`${person.name} · reviewer`)).toBeVisible({ timeout: 30_000 });
    const copied = await page.context().cookies();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/signin/);

    const thief = await browser.newContext({ baseURL });
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto("/");
    await expect(stolen).toHaveURL(/\/signin/);
    const api = await thief.request.get("/api/articles", { maxRedirects: 0 });
    expect(api.status()).toBe(401);
    await thief.close();
  });
});
