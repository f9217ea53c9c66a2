// Webhook administration end to end: an admin registers endpoints on the settings page and reads
// their delivery log; other roles are refused on the page and by the API; every /api/v1/webhooks
// operation is driven with a real admin token and each answer checked against the served document.
// No delivery worker runs here: deliveries and attempts are what the test queues or seeds itself.
import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import { test, expect, type Page, type APIRequestContext } from "@playwright/test";
import { expectContract } from "./api-contract";
import { formError, storageStateFor } from "./helpers";
import { createArticle, createUser, withDatabase } from "./work-seed";

// A public name that never resolves: nothing is sent anywhere, whatever runs on the server.
const receiverUrl = () => `https://hooks-${randomUUID().slice(0, 8)}.invalid/factmark`;

async function expectNoSeriousViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const problems = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(
    problems.map((problem) => `${problem.id}: ${problem.nodes.map((node) => node.target.join(" ")).join(", ")}`),
    `serious or critical axe violations on ${screen}`,
  ).toEqual([]);
}

async function registerInBrowser(page: Page, url: string, events: string[]) {
  await page.goto("/settings/webhooks");
  const form = page.getByRole("form", { name: "New webhook endpoint" });
  await form.getByLabel("Address (URL)").fill(url);
  await form.getByLabel("Description").fill("Newsroom CMS");
  for (const event of events) await form.getByRole("checkbox", { name: event }).check();
  await form.getByRole("button", { name: "Add endpoint" }).click();
}

/** A delivery as the worker would leave it, with its attempts in the log. */
async function seedDelivery(endpointId: string, state: { status: "FAILED" | "PENDING"; leasedForMs?: number; attempts: number }) {
  return withDatabase(async (db) => {
    const admin = await createUser(db, "ADMIN", "hook-seed");
    const article = await createArticle(db, { createdBy: admin, status: "SIGNED_OFF", title: "Hooked article" });
    const eventId = `msg_${randomUUID()}`;
    const {
      rows: [event],
    } = await db.query<{ sequence: string }>(
      `INSERT INTO "WebhookEvent" (id, type, "articleId", payload) VALUES ($1, 'article.signed_off', $2, $3) RETURNING sequence`,
      [eventId, article.id, JSON.stringify({ articleId: article.id })],
    );
    const deliveryId = `e2e${randomUUID().replaceAll("-", "")}`;
    await db.query(
      `INSERT INTO "WebhookDelivery" (id, "eventId", "endpointId", "articleId", sequence, status, "attemptCount", "nextAttemptAt", "lockedUntil")
       VALUES ($1, $2, $3, $4, $5, $6, $7, now() + interval '1 hour', $8)`,
      [
        deliveryId,
        eventId,
        endpointId,
        article.id,
        event!.sequence,
        state.status,
        state.attempts,
        state.leasedForMs ? new Date(Date.now() + state.leasedForMs) : null,
      ],
    );
    for (let n = 0; n < state.attempts; n++)
      await db.query(
        `INSERT INTO "WebhookAttempt" (id, "deliveryId", "attemptId", "startedAt", "durationMs", "statusCode", "responseBody", error)
         VALUES ($1, $2, $3, now() - interval '1 minute' + $4 * interval '1 second', 120, 503, $5, NULL)`,
        [`e2e${randomUUID().replaceAll("-", "")}`, deliveryId, randomUUID(), n, `Service Unavailable (try ${n + 1})`],
      );
    return { deliveryId, articleTitle: article.title };
  });
}

async function createAdminToken(page: Page, scopes: string[]): Promise<string> {
  await page.goto("/settings/tokens");
  const form = page.getByRole("form", { name: "New API token" });
  await form.getByLabel("Name").fill(`hooks ${randomUUID().slice(0, 8)}`);
  for (const scope of ["read", "annotate", "review", "export", "admin"])
    await form.getByLabel(scope, { exact: true }).setChecked(scopes.includes(scope));
  await form.getByRole("button", { name: "Create token" }).click();
  const secret = page.getByLabel("New token");
  await expect(secret).toHaveText(/^fmk_/);
  return (await secret.textContent()) ?? "";
}

test.describe("as an admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("registers an endpoint on the page, sees its secret once, and a refused address keeps what was typed", async ({ page }) => {
    test.setTimeout(120_000); // two forms, six changes and two axe runs, on a shared machine
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();

    // A private address is refused beside its field; nothing typed is lost.
    await registerInBrowser(page, "http://10.0.0.7/hook", ["article.signed_off"]);
    const form = page.getByRole("form", { name: "New webhook endpoint" });
    const urlField = form.getByLabel("Address (URL)");
    await expect(urlField).toHaveAttribute("aria-invalid", "true");
    await expect(form.locator("#url-error")).toContainText("Webhooks cannot be sent to 10.0.0.7");
    await expect(urlField).toHaveValue("http://10.0.0.7/hook");
    await expect(form.getByRole("checkbox", { name: "article.signed_off" })).toBeChecked();
    await expect(form.getByLabel("Description")).toHaveValue("Newsroom CMS");

    const url = receiverUrl();
    await urlField.fill(url);
    await form.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByLabel("Signing secret")).toHaveText(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const row = page.getByRole("row", { name: new RegExp(url.replaceAll(".", "\\.")) });
    await expect(row).toContainText("article.signed_off");
    await expect(row).toContainText("Active");
    await expectNoSeriousViolations(page, "the webhooks page with a new secret");

    // Its page: disable, rotate the secret (shown once), delete after confirming.
    await row.getByRole("link", { name: url }).click();
    await expect(page.getByRole("heading", { name: "Webhook endpoint" })).toBeVisible();
    await expect(page.getByText("Nothing sent yet.")).toBeVisible();
    await page.getByRole("button", { name: "Disable" }).click();
    await expect(page.getByRole("button", { name: "Enable" })).toBeVisible();
    await expect(page.getByText("Disabled", { exact: false }).first()).toBeVisible();
    await page.getByRole("button", { name: "Rotate secret" }).click();
    await expect(page.getByLabel("Signing secret")).toHaveText(/^whsec_/);
    await expectNoSeriousViolations(page, "an endpoint's page");

    // The edit form refuses a private address beside the field, then saves a new address and events.
    const edit = page.getByRole("form", { name: "Edit webhook endpoint" });
    await edit.getByLabel("Address (URL)").fill("http://192.168.1.20/hook");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit.locator("#url-error")).toContainText("Webhooks cannot be sent to 192.168.1.20");
    await expect(edit.getByLabel("Address (URL)")).toHaveValue("http://192.168.1.20/hook");
    await edit.getByLabel("Address (URL)").fill(`${url}/v2`);
    await edit.getByRole("checkbox", { name: "report.published" }).check();
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(edit.getByText("Saved.")).toBeVisible();
    await expect(page.locator("code", { hasText: `${url}/v2` })).toBeVisible();
    await expect(edit.getByRole("checkbox", { name: "report.published" })).toBeChecked();
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByRole("button", { name: "Delete endpoint" }).click();
    await expect(page).toHaveURL(/\/settings\/webhooks$/);
    await expect(page.getByRole("link", { name: url })).toHaveCount(0);
  });

  test("the delivery log lists each delivery with its attempts; send again puts it back to pending, not while it is being sent", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const url = receiverUrl();
    await registerInBrowser(page, url, ["article.signed_off"]);
    await page.getByRole("link", { name: url }).click();
    await expect(page).toHaveURL(/\/settings\/webhooks\/\w+$/);
    const endpointId = page.url().split("/").pop()!;
    const failed = await seedDelivery(endpointId, { status: "FAILED", attempts: 2 });
    const leased = await seedDelivery(endpointId, { status: "PENDING", leasedForMs: 10 * 60_000, attempts: 1 });

    await page.getByRole("button", { name: "Send test event" }).click();
    await expect(page.getByRole("status")).toContainText("A test event is queued");
    const log = page.getByRole("table", { name: "Deliveries, newest first" });
    await expect(log.getByRole("row")).toHaveCount(4);
    await expect(log.getByRole("row").nth(1)).toContainText("webhook.test");
    await expect(log.getByRole("row").nth(1)).toContainText("Pending");

    const failedRow = log.getByRole("row", { name: new RegExp(failed.articleTitle) }).filter({ hasText: "Failed" });
    await expect(failedRow).toContainText("503");
    await failedRow.getByText("Attempt log (2)").click();
    await expect(failedRow).toContainText("Service Unavailable (try 2)");
    await expect(failedRow).toContainText("HTTP 503 in 120 ms");
    await expectNoSeriousViolations(page, "the delivery log with an attempt log open");

    await failedRow.getByRole("button", { name: "Send again" }).click();
    const resent = log
      .getByRole("row", { name: new RegExp(failed.articleTitle) })
      .filter({ hasText: "Pending" })
      .filter({ hasNotText: "sending now" });
    await expect(resent).toHaveCount(1);
    await expect(resent.getByRole("cell").nth(3)).toContainText("0");

    const leasedRow = log.getByRole("row", { name: new RegExp(leased.articleTitle) }).filter({ hasText: "sending now" });
    await leasedRow.getByRole("button", { name: "Send again" }).click();
    await expect(leasedRow.getByRole("alert")).toContainText("It is being sent right now");
  });

  test("every API operation answers as its document says, with an admin token", async ({ page, playwright, baseURL }) => {
    const token = await createAdminToken(page, ["read", "admin"]);
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    const url = receiverUrl();

    const refusedAddress = await api.post("/api/v1/webhooks", {
      data: { url: "http://169.254.169.254/latest", events: ["report.published"] },
    });
    expect(refusedAddress.status()).toBe(422);
    expect(await expectContract(api, refusedAddress, "createWebhook")).toMatchObject({ reason: "PRIVATE_ADDRESS" });
    const badBody = await api.post("/api/v1/webhooks", { data: { url, events: ["report.eaten"] } });
    expect(badBody.status()).toBe(422);
    await expectContract(api, badBody, "createWebhook");

    const created = await api.post("/api/v1/webhooks", {
      data: { url, description: "API", events: ["report.published", "annotation.approved"] },
    });
    expect(created.status()).toBe(201);
    const endpoint = (await expectContract(api, created, "createWebhook")) as { id: string; secret: string; events: string[] };
    expect(endpoint.secret).toMatch(/^whsec_/);
    expect(endpoint.events).toEqual(["annotation.approved", "report.published"]);
    const path = `/api/v1/webhooks/${endpoint.id}`;

    const list = await api.get("/api/v1/webhooks");
    expect(list.status()).toBe(200);
    const { endpoints } = (await expectContract(api, list, "listWebhooks")) as { endpoints: { id: string }[] };
    expect(endpoints.find((entry) => entry.id === endpoint.id)).not.toHaveProperty("secret");

    const one = await api.get(path);
    expect(one.status()).toBe(200);
    expect(await expectContract(api, one, "getWebhook")).not.toHaveProperty("secret");
    const missing = await api.get("/api/v1/webhooks/nope");
    expect(missing.status()).toBe(404);
    await expectContract(api, missing, "getWebhook");

    const patched = await api.patch(path, { data: { isActive: false, description: "API, paused" } });
    expect(patched.status()).toBe(200);
    expect(await expectContract(api, patched, "updateWebhook")).toMatchObject({ isActive: false, description: "API, paused" });
    const emptyPatch = await api.patch(path, { data: { secret: "whsec_mine" } });
    expect(emptyPatch.status()).toBe(422);
    await expectContract(api, emptyPatch, "updateWebhook");

    const rotated = await api.post(`${path}/secret`);
    expect(rotated.status()).toBe(200);
    expect(((await expectContract(api, rotated, "rotateWebhookSecret")) as { secret: string }).secret).not.toBe(endpoint.secret);

    const test = await api.post(`${path}/test`);
    expect(test.status()).toBe(202);
    const sent = (await expectContract(api, test, "sendWebhookTest")) as { delivery: { id: string; eventType: string; status: string } };
    expect(sent.delivery).toMatchObject({ eventType: "webhook.test", status: "PENDING" });

    const { deliveryId: leasedId } = await seedDelivery(endpoint.id, { status: "PENDING", leasedForMs: 10 * 60_000, attempts: 1 });
    const { deliveryId: failedId } = await seedDelivery(endpoint.id, { status: "FAILED", attempts: 3 });
    const page1 = await api.get(`${path}/deliveries?limit=2`);
    expect(page1.status()).toBe(200);
    const first = (await expectContract(api, page1, "listWebhookDeliveries")) as { deliveries: { id: string }[]; nextCursor: string };
    expect(first.deliveries.map((delivery) => delivery.id)).toEqual([failedId, leasedId]);
    const page2 = await api.get(`${path}/deliveries?limit=2&before=${first.nextCursor}`);
    const second = (await expectContract(api, page2, "listWebhookDeliveries")) as { deliveries: { id: string }[]; nextCursor: null };
    expect(second).toEqual({ deliveries: [expect.objectContaining({ id: sent.delivery.id })], nextCursor: null });
    const badPage = await api.get(`${path}/deliveries?limit=1000`);
    expect(badPage.status()).toBe(422);
    await expectContract(api, badPage, "listWebhookDeliveries");

    const redelivered = await api.post(`${path}/deliveries/${failedId}/redeliver`);
    expect(redelivered.status()).toBe(202);
    expect(await expectContract(api, redelivered, "redeliverWebhook")).toMatchObject({ status: "PENDING", attemptCount: 0 });
    const busy = await api.post(`${path}/deliveries/${leasedId}/redeliver`);
    expect(busy.status()).toBe(409);
    expect(await expectContract(api, busy, "redeliverWebhook")).toMatchObject({ reason: "DELIVERY_IN_PROGRESS" });
    const elsewhere = await api.post(`/api/v1/webhooks/nope/deliveries/${failedId}/redeliver`);
    expect(elsewhere.status()).toBe(404);
    await expectContract(api, elsewhere, "redeliverWebhook");

    const deleted = await api.delete(path);
    expect(deleted.status()).toBe(204);
    await expectContract(api, deleted, "deleteWebhook");
    const gone = await api.delete(path);
    expect(gone.status()).toBe(404);
    await expectContract(api, gone, "deleteWebhook");
    for (const [response, operationId] of [
      [await api.post(`${path}/test`), "sendWebhookTest"],
      [await api.post(`${path}/secret`), "rotateWebhookSecret"],
    ] as const) {
      expect(response.status()).toBe(404);
      await expectContract(api, response, operationId);
    }
    await api.dispose();
  });

  test("an admin's token without the admin scope is refused", async ({ page, playwright, baseURL }) => {
    const token = await createAdminToken(page, ["read"]);
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    const refused = await api.get("/api/v1/webhooks");
    expect(refused.status()).toBe(403);
    expect(await expectContract(api, refused, "listWebhooks")).toMatchObject({ reason: "MISSING_SCOPE" });
    await api.dispose();
  });
});

test.describe("as an editor", () => {
  test.use({ storageState: storageStateFor("editor") });

  test("is refused on the page and by the API, which holds every scope for a session", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API tokens" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Webhooks", exact: true })).toHaveCount(0);
    await page.goto("/settings/webhooks");
    await expect(formError(page)).toHaveText(/Only admins manage webhooks\./);
    await expect(page.getByRole("form", { name: "New webhook endpoint" })).toHaveCount(0);
    await expectNoSeriousViolations(page, "the webhooks page refused");
    await page.goto("/settings/webhooks/anything");
    await expect(formError(page)).toHaveText(/Only admins manage webhooks\./);

    const request: APIRequestContext = page.request;
    const list = await request.get("/api/v1/webhooks");
    expect(list.status()).toBe(403);
    expect(await expectContract(request, list, "listWebhooks")).toMatchObject({ detail: "Only admins manage webhooks." });
    const create = await request.post("/api/v1/webhooks", { data: { url: receiverUrl(), events: ["report.published"] } });
    expect(create.status()).toBe(403);
    await expectContract(request, create, "createWebhook");
  });
});
