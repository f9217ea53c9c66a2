// When a failed delivery is tried again. Exponential, so a receiver that is down for hours is not
// hammered, with jitter, so the deliveries that failed together (one receiver down) do not all
// come back at the same moment.

export type BackoffPolicy = {
  /** The delay after the first failure. */
  baseMs: number;
  /** Each further failure multiplies the delay by this. */
  factor: number;
  /** No delay is longer than this. */
  maxMs: number;
  /** Every attempt after this many fails the delivery for good (it waits for "send again"). */
  maxAttempts: number;
};

/** 5 s, 30 s, 3 min, 18 min, 1.8 h, then every 6 h: eight attempts over about 20 hours. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, factor: 6, maxMs: 6 * 3_600_000, maxAttempts: 8 };

/**
 * The wait before the next attempt after `failedAttempts` failures (1 after the first), or null
 * when the delivery has had its attempts. The delay is drawn from the upper half of the step
 * ("equal jitter"): never shorter than half the step, never longer than the step.
 */
export function nextRetryDelayMs(failedAttempts: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random = Math.random): number | null {
  if (failedAttempts >= policy.maxAttempts) return null;
  const step = Math.min(policy.maxMs, policy.baseMs * policy.factor ** Math.max(0, failedAttempts - 1));
  return Math.round(step / 2 + random() * (step / 2));
}
