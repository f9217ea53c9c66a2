import { test as setup, expect } from "@playwright/test";
import { DEMO_USERS } from "../lib/demo-users";
import { storageStateFor } from "./helpers";

// Signs in once per role through the real form; specs reuse the saved session cookies.
for (const [role, user] of Object.entries(DEMO_USERS)) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Sign-in hashes the password on purpose (slow by design), so allow for a busy machine.
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible({ timeout: 30_000 });
    await page.context().storageState({ path: storageStateFor(role as keyof typeof DEMO_USERS) });
  });
}
