import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("trusts nothing the client could have written when no proxy is configured", () => {
    expect(clientAddress("203.0.113.9", 0)).toBeNull();
    expect(clientAddress("1.2.3.4, 203.0.113.9", 0)).toBeNull();
  });

  it("takes the entry our proxy appended, whatever the client put before it", () => {
    expect(clientAddress("6.6.6.6, 7.7.7.7, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("gives up when the header has fewer entries than trusted hops", () => {
    expect(clientAddress("203.0.113.9", 2)).toBeNull();
    expect(clientAddress(null, 1)).toBeNull();
    expect(clientAddress(" , ", 1)).toBeNull();
  });
});
