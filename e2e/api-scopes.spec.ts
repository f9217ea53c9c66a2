// The scope half of the API's authorization matrix, for every operation the document lists: a
// token that holds every scope but the one an operation needs is refused with MISSING_SCOPE
// (whatever the ids and body), and a request with no credentials gets a 401 problem, never a page.
// The role half (what the user may do) is in each area's spec, through the same use cases as the browser.
import { test, expect } from "@playwright/test";
import { anonymousClient, createToken, SCOPE_NAMES, tokenClient, type ScopeName } from "./api-clients";
import { expectContract } from "./api-contract";
import { storageStateFor } from "./helpers";

test.use({ storageState: storageStateFor("admin") });

type DocumentOperation = { operationId: string; security: { bearerToken?: ScopeName[] }[] };

test("every operation refuses a token without its scope, and a request without credentials", async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const document = (await (await page.request.get("/api/v1/openapi.json")).json()) as {
    paths: Record<string, Record<string, DocumentOperation>>;
  };
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      method,
      // Ids that exist nowhere: the scope is checked before anything is looked up.
      path: path.replace(/\{\w+\}/g, "no-such-id"),
      operationId: operation.operationId,
      scope: operation.security.find((entry) => entry.bearerToken)?.bearerToken?.[0],
    })),
  );
  expect(operations.length).toBeGreaterThan(0);

  const lacking = new Map<ScopeName, Awaited<ReturnType<typeof tokenClient>>>();
  for (const scope of SCOPE_NAMES) {
    const { token } = await createToken(page, { scopes: SCOPE_NAMES.filter((other) => other !== scope) });
    lacking.set(scope, await tokenClient(playwright, baseURL, token));
  }
  const anonymous = await anonymousClient(playwright, baseURL);

  for (const { method, path, operationId, scope } of operations) {
    expect(scope, `${operationId} names the scope it needs`).toBeDefined();
    const options = { method, ...(method === "get" ? {} : { data: {} }), maxRedirects: 0 };
    const refused = await lacking.get(scope!)!.fetch(path, options);
    expect(refused.status(), `${method} ${path} without "${scope}"`).toBe(403);
    const problem = (await expectContract(page.request, refused, operationId)) as { reason?: string; detail: string };
    expect(problem.reason).toBe("MISSING_SCOPE");
    expect(problem.detail).toContain(`"${scope}"`);

    const unauthenticated = await anonymous.fetch(path, options);
    expect(unauthenticated.status(), `${method} ${path} with no credentials`).toBe(401);
    expect(unauthenticated.headers()["content-type"]).toBe("application/problem+json");
  }
  for (const client of lacking.values()) await client.dispose();
  await anonymous.dispose();
});
