// What the proxy answers for /api/v1 before any route handler runs: problem details like every
// other answer of the API, never the page world's {error} JSON or a redirect to the sign-in page.
import { expect, test } from "@playwright/test";
import { expectContract } from "./api-contract";

test.use({ storageState: { cookies: [], origins: [] } });

test("a client with no token and no session gets a 401 problem, not the sign-in page", async ({ request }) => {
  const me = await request.get("/api/v1/me", { maxRedirects: 0 });
  expect(me.status()).toBe(401);
  expect(me.headers()["content-type"]).toBe("application/problem+json");
  expect(me.headers()["www-authenticate"]).toMatch(/^Bearer realm=/);
  expect(await expectContract(request, me, "getMe")).toMatchObject({
    type: "https://factmark.app/problems/unauthenticated",
    status: 401,
    instance: "/api/v1/me",
    detail: expect.stringContaining("Authorization: Bearer"),
    requestId: me.headers()["x-request-id"],
  });

  // A path no operation has: still the API's 401, not a page.
  const unknown = await request.post("/api/v1/nothing-here", { maxRedirects: 0, data: {} });
  expect(unknown.status()).toBe(401);
  expect(unknown.headers()["content-type"]).toBe("application/problem+json");
  expect(unknown.headers()["location"]).toBeUndefined();

  // A header that is not Bearer reaches the API's own wrapper, which says what is wrong with it.
  const basic = await request.get("/api/v1/me", { maxRedirects: 0, headers: { Authorization: "Basic dTpw" } });
  expect(basic.status()).toBe(401);
  expect((await expectContract(request, basic, "getMe")) as { detail: string }).toMatchObject({
    detail: expect.stringMatching(/Bearer <token>/),
  });

  // The page world keeps its own ways: a signed-out page visit is still sent to sign in.
  const page = await request.get("/settings/tokens", { maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers()["location"]).toContain("/signin");
});

test("a body over the limit gets a 413 problem before anything reads it", async ({ request }) => {
  const body = Buffer.alloc(3 * 1024 * 1024 + 1, "a");
  const tooLarge = await request.fetch("/api/v1/me", { method: "GET", data: body, headers: { "content-type": "application/json" } });
  expect(tooLarge.status()).toBe(413);
  expect(tooLarge.headers()["content-type"]).toBe("application/problem+json");
  expect(await expectContract(request, tooLarge, "getMe")).toMatchObject({
    type: "https://factmark.app/problems/too-large",
    status: 413,
    reason: "TOO_LARGE",
    instance: "/api/v1/me",
    detail: expect.stringContaining("at most 3 MB"),
  });
  // Outside /api/v1 the old answer stands (the pages' clients read it).
  const page = await request.post("/api/articles", { data: body, headers: { "content-type": "application/json" } });
  expect(page.status()).toBe(413);
  expect(await page.json()).toEqual({ error: expect.stringContaining("too large") });
});
