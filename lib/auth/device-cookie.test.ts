import { describe, expect, it } from "vitest";
import { deviceIdFor, issueDeviceToken } from "./device-cookie";

const SECRET = "s3cret";

describe("device cookie", () => {
  it("recognises the account's own device, whatever the email's case", () => {
    const token = issueDeviceToken("Rita@Factmark.test", SECRET);
    expect(deviceIdFor(token, "rita@factmark.test", SECRET)).toMatch(/^[\w-]{16}$/);
  });

  it("refuses a token for another account, a forged signature or another secret", () => {
    const token = issueDeviceToken("rita@factmark.test", SECRET);
    expect(deviceIdFor(token, "eddie@factmark.test", SECRET)).toBeNull();
    expect(deviceIdFor(`${token.slice(0, -2)}xx`, "rita@factmark.test", SECRET)).toBeNull();
    expect(deviceIdFor(token, "rita@factmark.test", "other")).toBeNull();
    expect(deviceIdFor(undefined, "rita@factmark.test", SECRET)).toBeNull();
    expect(deviceIdFor("a.b", "rita@factmark.test", SECRET)).toBeNull();
  });

  it("gives each device its own id", () => {
    const ids = new Set(Array.from({ length: 20 }, () => deviceIdFor(issueDeviceToken("a@b.c", SECRET), "a@b.c", SECRET)));
    expect(ids.size).toBe(20);
  });
});
