import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_BACKOFF, nextRetryDelayMs } from "./backoff";

describe("nextRetryDelayMs", () => {
  it("grows by the factor from the base, within the upper half of each step", () => {
    const low = () => 0;
    const high = () => 1;
    expect(nextRetryDelayMs(1, DEFAULT_BACKOFF, low)).toBe(2_500);
    expect(nextRetryDelayMs(1, DEFAULT_BACKOFF, high)).toBe(5_000);
    expect(nextRetryDelayMs(2, DEFAULT_BACKOFF, high)).toBe(30_000);
    expect(nextRetryDelayMs(3, DEFAULT_BACKOFF, high)).toBe(180_000);
  });

  it("never passes the cap, and gives up after the last attempt", () => {
    expect(nextRetryDelayMs(7, DEFAULT_BACKOFF, () => 1)).toBe(DEFAULT_BACKOFF.maxMs);
    expect(nextRetryDelayMs(8, DEFAULT_BACKOFF)).toBeNull();
    expect(nextRetryDelayMs(9, DEFAULT_BACKOFF)).toBeNull();
  });

  it("stays within [step/2, step] and never shrinks from one failure to the next at the same draw", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (failures, draw) => {
        const step = Math.min(DEFAULT_BACKOFF.maxMs, DEFAULT_BACKOFF.baseMs * DEFAULT_BACKOFF.factor ** (failures - 1));
        const delay = nextRetryDelayMs(failures, DEFAULT_BACKOFF, () => draw)!;
        expect(delay).toBeGreaterThanOrEqual(step / 2 - 1);
        expect(delay).toBeLessThanOrEqual(step);
        if (failures > 1) expect(delay).toBeGreaterThanOrEqual(nextRetryDelayMs(failures - 1, DEFAULT_BACKOFF, () => draw)!);
      }),
    );
  });

  it("spreads deliveries that failed together", () => {
    const delays = new Set(Array.from({ length: 50 }, () => nextRetryDelayMs(3)));
    expect(delays.size).toBeGreaterThan(40);
  });
});
