import { describe, expect, it } from "vitest";
import { MAX_WAIT_SECONDS, recordFailure, recordSuccess, secondsUntilAllowed, throttleKeys, waitAfterFailures } from "./sign-in-throttle";

const unique = () => `t-${Math.random()}@example.org`;

describe("waitAfterFailures", () => {
  it("doubles the wait after the free failures and never locks anyone out for good", () => {
    expect([4, 5, 6, 7, 8].map((count) => waitAfterFailures(count, 5))).toEqual([0, 10, 20, 40, 80]);
    expect(waitAfterFailures(1000, 5)).toBe(MAX_WAIT_SECONDS);
  });
});

describe("sign-in throttle", () => {
  it("slows a stranger down per account, however the client address changes", async () => {
    const email = unique();
    for (let i = 0; i < 5; i++) await recordFailure(throttleKeys({ email, deviceId: null, address: `10.0.0.${i}` }));
    expect(await secondsUntilAllowed(throttleKeys({ email, deviceId: null, address: "10.9.9.9" }))).toBeGreaterThan(0);
    expect(await secondsUntilAllowed(throttleKeys({ email: email.toUpperCase(), deviceId: null, address: null }))).toBeGreaterThan(0);
  });

  it("waits longer after each further failure", async () => {
    const keys = throttleKeys({ email: unique(), deviceId: null, address: null });
    for (let i = 0; i < 5; i++) await recordFailure(keys);
    const first = await secondsUntilAllowed(keys);
    await recordFailure(keys);
    await recordFailure(keys);
    expect(await secondsUntilAllowed(keys)).toBeGreaterThan(first);
  });

  it("never slows the owner's own browser down for a stranger's failures", async () => {
    const email = unique();
    for (let i = 0; i < 30; i++) await recordFailure(throttleKeys({ email, deviceId: null, address: null }));
    expect(await secondsUntilAllowed(throttleKeys({ email, deviceId: "owner-device", address: null }))).toBe(0);
  });

  it("slows one address guessing across many accounts once a proxy tells us the address", async () => {
    const address = `192.0.2.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 20; i++) await recordFailure(throttleKeys({ email: unique(), deviceId: null, address }));
    expect(await secondsUntilAllowed(throttleKeys({ email: unique(), deviceId: null, address }))).toBeGreaterThan(0);
  });

  it("forgets a client's failures after it signs in", async () => {
    const keys = throttleKeys({ email: unique(), deviceId: null, address: null });
    for (let i = 0; i < 6; i++) await recordFailure(keys);
    await recordSuccess(keys);
    expect(await secondsUntilAllowed(keys)).toBe(0);
  });
});
