import { expect, test } from "@playwright/test";

// What load balancers and operators rely on: health and readiness without signing in, and a
// request id on every answer, so a user's report can be traced to the server's log lines.
test.use({ storageState: { cookies: [], origins: [] } });

const GENERATED_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

test("GET /api/health answers that the process is up, uncached, without a session", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
  expect(response.headers()["cache-control"]).toContain("no-store");
});

test("GET /api/ready answers ready on the migrated test database, uncached, without a session", async ({ request }) => {
  const response = await request.get("/api/ready");
  expect(response.status(), await response.text()).toBe(200);
  expect(await response.json()).toEqual({ status: "ready" });
  expect(response.headers()["cache-control"]).toContain("no-store");
});

test("every answer carries a request id: the caller's own when sane, else a new one", async ({ request }) => {
  const echoed = await request.get("/api/health", { headers: { "x-request-id": "lb-trace-0001.e2e" } });
  expect(echoed.headers()["x-request-id"]).toBe("lb-trace-0001.e2e");

  const generated = await request.get("/api/health");
  expect(generated.headers()["x-request-id"]).toMatch(GENERATED_ID);
  const another = await request.get("/api/health");
  expect(another.headers()["x-request-id"]).not.toBe(generated.headers()["x-request-id"]);

  const insane = await request.get("/api/health", { headers: { "x-request-id": "<script>alert(1)</script>" } });
  expect(insane.headers()["x-request-id"]).toMatch(GENERATED_ID);

  // Pages and the proxy's own refusals carry one too.
  const page = await request.get("/signin");
  expect(page.headers()["x-request-id"]).toMatch(GENERATED_ID);
  const refused = await request.get("/api/notifications/events", { headers: { "x-request-id": "refused-0002" } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["x-request-id"]).toBe("refused-0002");
});
