import { RateLimiterMemory } from "rate-limiter-flexible";

// Five failures per email and address within 15 minutes, then a block that the next failures
// extend. Kept in memory: one `next start` process serves the app; several processes would
// move this to RateLimiterPostgres with the same options.
const failures = new RateLimiterMemory({ keyPrefix: "sign-in", points: 5, duration: 15 * 60, blockDuration: 60 });

function key(email: string, ip: string) {
  return `${email.toLowerCase()}|${ip}`;
}

/** Seconds the caller must wait before another attempt, or 0. */
export async function secondsUntilAllowed(email: string, ip: string): Promise<number> {
  const state = await failures.get(key(email, ip));
  if (!state || state.remainingPoints > 0) return 0;
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

export async function recordFailure(email: string, ip: string): Promise<void> {
  await failures.penalty(key(email, ip), 1).catch(() => undefined);
  const state = await failures.get(key(email, ip));
  if (state && state.consumedPoints >= 5) await failures.block(key(email, ip), 60);
}

export async function recordSuccess(email: string, ip: string): Promise<void> {
  await failures.delete(key(email, ip));
}
