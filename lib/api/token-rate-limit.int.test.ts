import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { assertTestDatabase } from "@/lib/test/database";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { createTestUser } from "@/prisma/test-factories";
import { createTokenRateLimiter, rateLimitHeaders } from "./token-rate-limit";

let owner: Actor;
beforeAll(async () => {
  assertTestDatabase();
  owner = await createTestUser("REVIEWER");
});

/** A real token row: the count hangs off it (and goes when it is deleted). */
const newTokenId = async () => (await createApiToken({ actor: owner, input: { name: "limited", scopes: ["READ"], expiresInDays: 1 } })).id;

describe("the per-token rate limit, counted in PostgreSQL", () => {
  it("answers the policy and what is left on every request", async () => {
    const limiter = createTokenRateLimiter({ limit: 3, windowSeconds: 60 });
    const first = await limiter.take(await newTokenId());
    expect(first).toMatchObject({ isAllowed: true, remaining: 2 });
    expect(first.headers["RateLimit-Policy"]).toBe('"per-token";q=3;w=60');
    expect(first.headers.RateLimit).toMatch(/^"per-token";r=2;t=(59|60)$/);
    expect(first.headers["Retry-After"]).toBeUndefined();
  });

  it("refuses past the limit with Retry-After, and counts each token apart", async () => {
    const limiter = createTokenRateLimiter({ limit: 2, windowSeconds: 30 });
    const [a, b] = [await newTokenId(), await newTokenId()];
    await limiter.take(a);
    await limiter.take(a);
    const over = await limiter.take(a);
    expect(over).toMatchObject({ isAllowed: false, remaining: 0 });
    expect(Number(over.headers["Retry-After"])).toBeGreaterThanOrEqual(29);
    expect(Number(over.headers["Retry-After"])).toBeLessThanOrEqual(30);
    expect(over.headers.RateLimit).toMatch(/r=0;/);
    expect((await limiter.take(b)).isAllowed).toBe(true);
  });

  it("shares one allowance between limiters (instances) and concurrent requests", async () => {
    // Two limiters stand for two app instances: each would allow 10 if it counted alone.
    const instances = [createTokenRateLimiter({ limit: 10, windowSeconds: 60 }), createTokenRateLimiter({ limit: 10, windowSeconds: 60 })];
    const token = await newTokenId();
    const outcomes = await Promise.all(Array.from({ length: 30 }, (_, i) => instances[i % 2]!.take(token)));
    expect(outcomes.filter((outcome) => outcome.isAllowed)).toHaveLength(10);
    expect(outcomes.map((outcome) => outcome.remaining).sort((x, y) => y - x)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, ...Array(21).fill(0)]);
  });

  it("opens a new window once the last one has closed", async () => {
    const limiter = createTokenRateLimiter({ limit: 1, windowSeconds: 1 });
    const token = await newTokenId();
    expect((await limiter.take(token)).isAllowed).toBe(true);
    expect((await limiter.take(token)).isAllowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await limiter.take(token)).toMatchObject({ isAllowed: true, remaining: 0 });
  });

  it("never says retry after 0 seconds", () => {
    expect(rateLimitHeaders({ limit: 1, windowSeconds: 1 }, 0, 1, false)["Retry-After"]).toBe("1");
  });
});
