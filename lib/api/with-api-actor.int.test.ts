import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { assertTestDatabase } from "@/lib/test/database";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { createTestUser } from "@/prisma/test-factories";

const actor: Actor = { id: "u1", email: "u1@factmark.test", name: "U One", role: "REVIEWER" };
const getActor = vi.fn<() => Promise<Actor | null>>();
const authenticateApiToken = vi.fn();
vi.mock("@/lib/auth/session", () => ({ getActor: () => getActor() }));
vi.mock("@/lib/server/api-tokens/authenticate-api-token", () => ({
  authenticateApiToken: (options: unknown) => authenticateApiToken(options),
}));

vi.stubEnv("FACTMARK_API_RATE_LIMIT", "2");
vi.stubEnv("FACTMARK_API_RATE_WINDOW", "60");
const { withApiActor } = await import("./with-api-actor");

const echo = withApiActor({ scope: "export" }, async (_request, caller) => Response.json({ via: caller.via, scopes: caller.scopes }));
const call = (headers: Record<string, string> = {}) => echo(new Request("http://app/api/v1/x", { headers }), {});

// The rate limit counts in the database against real token rows; who the token is comes from the stub above.
const tokenIds: Record<string, string> = {};
beforeAll(async () => {
  assertTestDatabase();
  const owner = await createTestUser("REVIEWER");
  for (const name of ["scope", "limit"])
    tokenIds[name] = (await createApiToken({ actor: owner, input: { name, scopes: ["READ"], expiresInDays: 1 } })).id;
});

beforeEach(() => {
  getActor.mockReset();
  authenticateApiToken.mockReset();
});

describe("withApiActor", () => {
  it("lets a session through with every scope and no rate limit", async () => {
    getActor.mockResolvedValue(actor);
    const response = await call();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ via: "session", scopes: ["READ", "ANNOTATE", "REVIEW", "EXPORT", "ADMIN"] });
    expect(response.headers.get("RateLimit")).toBeNull();
  });

  it("answers 401 with WWW-Authenticate to no credentials and to an Authorization header that is not Bearer", async () => {
    getActor.mockResolvedValue(null);
    const none = await call();
    expect(none.status).toBe(401);
    expect(none.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    const basic = await call({ Authorization: "Basic dTpw" });
    expect(basic.status).toBe(401);
    expect((await basic.json()).detail).toMatch(/Bearer <token>/);
    expect(authenticateApiToken).not.toHaveBeenCalled();
  });

  it("passes the token's refusal on as 401", async () => {
    authenticateApiToken.mockRejectedValue(new AppError("UNAUTHENTICATED", "The API token fmk_x… was revoked."));
    const response = await call({ Authorization: "Bearer fmk_whatever" });
    expect(response.status).toBe(401);
    expect((await response.json()).detail).toMatch(/was revoked/);
  });

  it("refuses a token without the scope with 403 naming it, rate headers included", async () => {
    authenticateApiToken.mockResolvedValue({ actor, scopes: ["READ"], tokenId: tokenIds.scope, prefix: "fmk_12345678" });
    const response = await call({ Authorization: "Bearer fmk_whatever" });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      status: 403,
      type: "https://factmark.app/problems/forbidden",
      reason: "MISSING_SCOPE",
      detail: expect.stringContaining('"export"'),
    });
    expect(response.headers.get("RateLimit-Policy")).toBe('"per-token";q=2;w=60');
  });

  it("counts each token against the limit from the environment, then answers 429 with Retry-After", async () => {
    authenticateApiToken.mockResolvedValue({ actor, scopes: ["EXPORT"], tokenId: tokenIds.limit, prefix: "fmk_12345678" });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push(await call({ authorization: "bearer fmk_whatever" }));
    expect(statuses.map((response) => response.status)).toEqual([200, 200, 429]);
    expect(await statuses[0]?.json()).toEqual({ via: "token", scopes: ["EXPORT"] });
    expect(statuses[1]?.headers.get("RateLimit")).toMatch(/^"per-token";r=0;t=\d+$/);
    expect(Number(statuses[2]?.headers.get("Retry-After"))).toBeGreaterThan(0);
  });
});
