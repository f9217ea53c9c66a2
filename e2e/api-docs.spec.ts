// The API reference page: Swagger UI, served from the app's own bundle, renders the served
// OpenAPI document under the page's strict Content-Security-Policy without a single violation,
// and passes axe. Public, like the document; linked from Settings → API tokens.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./helpers";

/** Every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page) {
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (violation: string) => void }).reportCspViolation;
      report(`${location.pathname}: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return violations;
}

async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const serious = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("renders every operation of the served document with no CSP violation", async ({ page, request, baseURL }) => {
    const violations = await recordViolations(page);
    const external: string[] = [];
    page.on("request", (sent) => new URL(sent.url()).host !== new URL(baseURL!).host && external.push(sent.url()));
    const answer = await page.goto("/api/v1/docs");
    expect(answer?.status()).toBe(200);
    expect(answer?.headers()["content-security-policy"]).toMatch(
      /script-src 'self' 'nonce-[^']+' 'strict-dynamic'; style-src 'self' 'nonce-/,
    );
    await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();

    const document = (await (await request.get("/api/v1/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
      webhooks: Record<string, Record<string, unknown>>;
    };
    const paths = Object.keys(document.paths);
    expect(paths.length).toBeGreaterThan(0);
    // Its code is one large chunk, loaded on demand: on a loaded machine it takes a while to parse.
    await expect(page.locator(".opblock").first()).toBeVisible({ timeout: 30_000 });
    for (const path of paths) await expect(page.locator(`.opblock-summary-path[data-path="${path}"]`).first()).toBeVisible();
    // The operations, then what webhook endpoints receive (OpenAPI 3.1's `webhooks`).
    const described = [...Object.values(document.paths), ...Object.values(document.webhooks)];
    await expect(page.locator(".opblock")).toHaveCount(described.flatMap((item) => Object.keys(item)).length);

    // Opened, an operation shows its responses and schemas (the problem details included).
    await page.locator(`.opblock-summary-path[data-path="/api/v1/me"]`).click();
    await expect(page.getByRole("row", { name: /^429 Too many requests/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /^401 / }).getByRole("combobox").first()).toHaveValue("application/problem+json");
    await expect(page.getByRole("row", { name: /^401 / }).getByRole("tabpanel", { name: "Example Value" })).toContainText('"detail"');

    expect(violations).toEqual([]);
    expect(external).toEqual([]);
    await expectNoSeriousAxeViolations(page);
  });
});

test("Settings → API tokens links to the reference", async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageStateFor("reviewer") });
  const page = await context.newPage();
  await page.goto("/settings/tokens");
  await page.getByRole("link", { name: "the API reference" }).click();
  await expect(page).toHaveURL(/\/api\/v1\/docs$/);
  await expect(page.locator(".opblock").first()).toBeVisible({ timeout: 30_000 });
  await context.close();
});
