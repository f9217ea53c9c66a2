import "server-only";
import { getDb } from "@/lib/db";

// Requests per token per fixed window, counted in PostgreSQL (ApiTokenRateWindow), so every app
// instance spends the same allowance: behind N instances a token still gets the limit, not N × it.
// One statement per request, atomic under concurrency (the upsert locks the token's row), timed
// by the database's clock so instances whose clocks differ agree on when a window closes. The table
// is UNLOGGED (its migration says why): the write waits for no disk flush. A table
// of our own rather than rate-limiter-flexible's Postgres store: that one creates its table at
// run time, which the app's database role may not do (scripts/db/app-role.ts).

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

/** Counts one request of a token: its count in the current window (opened now if the last one closed) and the window's time left. */
async function countRequest(tokenId: string, windowSeconds: number): Promise<{ count: number; msLeft: number }> {
  // now() is the statement's one clock; in UTC, as Prisma keeps a `timestamp` column.
  const [row] = await getDb().$queryRaw<{ count: number; msLeft: number }[]>`
    INSERT INTO "ApiTokenRateWindow" AS w ("tokenId", "count", "windowEndsAt")
    VALUES (${tokenId}, 1, timezone('UTC', now()) + ${windowSeconds}::int * interval '1 second')
    ON CONFLICT ("tokenId") DO UPDATE SET
      "count" = CASE WHEN w."windowEndsAt" <= timezone('UTC', now()) THEN 1 ELSE w."count" + 1 END,
      "windowEndsAt" = CASE WHEN w."windowEndsAt" <= timezone('UTC', now()) THEN EXCLUDED."windowEndsAt" ELSE w."windowEndsAt" END
    RETURNING w."count", GREATEST(0, FLOOR(EXTRACT(EPOCH FROM w."windowEndsAt" - timezone('UTC', now())) * 1000))::int AS "msLeft"`;
  return row!;
}

export function createTokenRateLimiter(policy: RateLimitPolicy) {
  return {
    policy,
    /** Counts one request of this token (a refused one too: a client hammering past the limit gains nothing by it). */
    async take(tokenId: string): Promise<RateLimitOutcome> {
      const { count, msLeft } = await countRequest(tokenId, policy.windowSeconds);
      const isAllowed = count <= policy.limit;
      const remaining = Math.max(0, policy.limit - count);
      // At least a second: "retry after 0" would invite the client straight back.
      const resetSeconds = Math.max(1, Math.ceil(msLeft / 1000));
      return { isAllowed, remaining, resetSeconds, headers: rateLimitHeaders(policy, remaining, resetSeconds, isAllowed) };
    },
  };
}

export type TokenRateLimiter = ReturnType<typeof createTokenRateLimiter>;
