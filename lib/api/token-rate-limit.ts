import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

// Requests per token per fixed window, counted in this process's memory: several instances each
// keep their own count, so a token may make up to (instances × limit) requests a window. Enough
// to stop a runaway script; a shared store (rate-limiter-flexible's Postgres or Redis limiters
// take the same calls) is the step up when the limit must hold across instances.

export type RateLimitPolicy = { limit: number; windowSeconds: number };
export type RateLimitOutcome = { isAllowed: boolean; remaining: number; resetSeconds: number; headers: Record<string, string> };

/**
 * The headers of draft-ietf-httpapi-ratelimit-headers (structured fields): the policy, and what
 * is left of it; over the limit, Retry-After too (RFC 9110).
 */
export function rateLimitHeaders(
  policy: RateLimitPolicy,
  remaining: number,
  resetSeconds: number,
  isAllowed: boolean,
): Record<string, string> {
  const headers: Record<string, string> = {
    "RateLimit-Policy": `"per-token";q=${policy.limit};w=${policy.windowSeconds}`,
    RateLimit: `"per-token";r=${remaining};t=${resetSeconds}`,
  };
  if (!isAllowed) headers["Retry-After"] = String(resetSeconds);
  return headers;
}

export function createTokenRateLimiter(policy: RateLimitPolicy) {
  const limiter = new RateLimiterMemory({ keyPrefix: "api-token", points: policy.limit, duration: policy.windowSeconds });
  return {
    policy,
    /** Counts one request of this token. */
    async take(tokenId: string): Promise<RateLimitOutcome> {
      let result: RateLimiterRes;
      let isAllowed = true;
      try {
        result = await limiter.consume(tokenId);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        result = error;
        isAllowed = false;
      }
      const remaining = Math.max(0, result.remainingPoints);
      // At least a second: "retry after 0" would invite the client straight back.
      const resetSeconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
      return { isAllowed, remaining, resetSeconds, headers: rateLimitHeaders(policy, remaining, resetSeconds, isAllowed) };
    },
  };
}

export type TokenRateLimiter = ReturnType<typeof createTokenRateLimiter>;
