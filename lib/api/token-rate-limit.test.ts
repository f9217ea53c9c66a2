import { describe, expect, it } from "vitest";
import { createTokenRateLimiter, rateLimitHeaders } from "./token-rate-limit";

describe("the per-token rate limit", () => {
  it("answers the policy and what is left on every request", async () => {
    const limiter = createTokenRateLimiter({ limit: 3, windowSeconds: 60 });
    const first = await limiter.take("t1");
    expect(first).toMatchObject({ isAllowed: true, remaining: 2 });
    expect(first.headers["RateLimit-Policy"]).toBe('"per-token";q=3;w=60');
    expect(first.headers.RateLimit).toMatch(/^"per-token";r=2;t=(59|60)$/);
    expect(first.headers["Retry-After"]).toBeUndefined();
  });

  it("refuses past the limit with Retry-After, and counts each token apart", async () => {
    const limiter = createTokenRateLimiter({ limit: 2, windowSeconds: 30 });
    await limiter.take("a");
    await limiter.take("a");
    const over = await limiter.take("a");
    expect(over).toMatchObject({ isAllowed: false, remaining: 0 });
    expect(Number(over.headers["Retry-After"])).toBeGreaterThanOrEqual(29);
    expect(Number(over.headers["Retry-After"])).toBeLessThanOrEqual(30);
    expect(over.headers.RateLimit).toMatch(/r=0;/);
    expect((await limiter.take("b")).isAllowed).toBe(true);
  });

  it("never says retry after 0 seconds", () => {
    expect(rateLimitHeaders({ limit: 1, windowSeconds: 1 }, 0, 1, false)["Retry-After"]).toBe("1");
  });
});
