import { describe, expect, it } from "vitest";
import { recordFailure, recordSuccess, secondsUntilAllowed } from "./sign-in-throttle";

describe("sign-in throttle", () => {
  it("allows four failures, then makes the caller wait, per email and address", async () => {
    const email = `t-${Math.random()}@example.org`;
    for (let i = 0; i < 4; i++) await recordFailure(email, "10.0.0.1");
    expect(await secondsUntilAllowed(email, "10.0.0.1")).toBe(0);
    await recordFailure(email, "10.0.0.1");
    const wait = await secondsUntilAllowed(email, "10.0.0.1");
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await secondsUntilAllowed(email, "10.0.0.2")).toBe(0);
    expect(await secondsUntilAllowed(email.toUpperCase(), "10.0.0.1")).toBe(wait);
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const email = `t-${Math.random()}@example.org`;
    for (let i = 0; i < 4; i++) await recordFailure(email, "local");
    await recordSuccess(email, "local");
    await recordFailure(email, "local");
    expect(await secondsUntilAllowed(email, "local")).toBe(0);
  });
});
