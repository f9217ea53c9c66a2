import { RateLimiterMemory } from "rate-limiter-flexible";

// Slow guessing down progressively instead of locking anyone out (OWASP Authentication Cheat
// Sheet). Failures are counted for a day per key; past a few free ones, each failure doubles the
// wait before the next attempt (10 s, 20 s, 40 s …), up to 15 minutes. The keys an attempt counts against:
// - the account, for browsers that have not signed in to it before: rotating addresses or
//   headers does not reset it;
// - instead of the account, the device, for the owner's own browser (a signed device cookie), so
//   a stranger's failures never slow the owner down;
// - the client address, when a trusted proxy tells us what it is, against spraying many accounts.
// Kept in memory: one process per instance; several instances each keep their own count, which
// at worst multiplies the free attempts by the number of instances.
export type ThrottleKey = { kind: "account" | "device" | "address"; id: string };

const FREE_FAILURES: Record<ThrottleKey["kind"], number> = { account: 5, device: 5, address: 20 };
const FIRST_WAIT_SECONDS = 10;
export const MAX_WAIT_SECONDS = 15 * 60;

const failures = new RateLimiterMemory({ keyPrefix: "sign-in-failures", points: 1_000_000, duration: 24 * 60 * 60 });
const waits = new RateLimiterMemory({ keyPrefix: "sign-in-wait", points: 1, duration: 1 });

/** Seconds to wait after `count` failures, for a key with `free` free failures. */
export function waitAfterFailures(count: number, free: number): number {
  if (count < free) return 0;
  return Math.min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** Math.min(count - free, 20));
}

export function throttleKeys({
  email,
  deviceId,
  address,
}: {
  email: string;
  deviceId: string | null;
  address: string | null;
}): ThrottleKey[] {
  const keys: ThrottleKey[] = [deviceId ? { kind: "device", id: deviceId } : { kind: "account", id: email.toLowerCase() }];
  if (address) keys.push({ kind: "address", id: address });
  return keys;
}

const name = (key: ThrottleKey) => `${key.kind}:${key.id}`;

/** Seconds the caller must wait before another attempt, or 0. */
export async function secondsUntilAllowed(keys: ThrottleKey[]): Promise<number> {
  let wait = 0;
  for (const key of keys) {
    const state = await waits.get(name(key));
    if (state && state.consumedPoints > 1) wait = Math.max(wait, Math.ceil(state.msBeforeNext / 1000));
  }
  return wait;
}

export async function recordFailure(keys: ThrottleKey[]): Promise<void> {
  for (const key of keys) {
    const state = await failures.penalty(name(key), 1);
    const wait = waitAfterFailures(state.consumedPoints, FREE_FAILURES[key.kind]);
    if (wait > 0) await waits.block(name(key), wait);
  }
}

export async function recordSuccess(keys: ThrottleKey[]): Promise<void> {
  for (const key of keys) await Promise.all([failures.delete(name(key)), waits.delete(name(key))]);
}
