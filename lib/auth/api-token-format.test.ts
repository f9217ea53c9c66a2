import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  API_TOKEN_PREFIX,
  formatApiToken,
  hashApiToken,
  isApiTokenPrefix,
  newApiToken,
  parseApiToken,
  randomBase62,
} from "./api-token-format";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const base62Char = fc.constantFrom(...BASE62.split(""));
const randomPart = fc.string({ unit: base62Char, minLength: 30, maxLength: 30 });

describe("api token format", () => {
  it("makes tokens of 40 characters that parse back, with a display prefix of 12", () => {
    const { token, prefix } = newApiToken();
    expect(token).toMatch(/^fmk_[0-9A-Za-z]{36}$/);
    expect(prefix).toBe(token.slice(0, 12));
    expect(isApiTokenPrefix(prefix)).toBe(true);
    expect(parseApiToken(token)).toEqual({ token, random: token.slice(4, 34), prefix });
  });

  it("never makes the same token twice in a thousand", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newApiToken().token));
    expect(tokens.size).toBe(1000);
  });

  it("draws bytes of 248 and over again, so no character is more likely than another", () => {
    let calls = 0;
    const bytes = (size: number) => new Uint8Array(size).fill(calls++ === 0 ? 250 : 61);
    expect(randomBase62(5, bytes)).toBe("zzzzz");
    expect(calls).toBe(2);
  });

  it("refuses a random part that is not 30 base62 characters", () => {
    expect(() => formatApiToken("short")).toThrow();
    expect(() => formatApiToken("_".repeat(30))).toThrow();
  });

  it("refuses the usual near misses", () => {
    const { token } = newApiToken();
    for (const wrong of [token.slice(0, -1), `${token}a`, token.replace(API_TOKEN_PREFIX, "ghp_"), ` ${token}`, token.toUpperCase(), ""]) {
      expect(parseApiToken(wrong)).toBeNull();
    }
  });

  it("round trips: parse(format(x)) gives x back", () => {
    fc.assert(
      fc.property(randomPart, (random) => {
        expect(parseApiToken(formatApiToken(random))?.random).toBe(random);
      }),
    );
  });

  it("rejects a token with any one character altered (CRC32 catches every single-byte change)", () => {
    fc.assert(
      fc.property(randomPart, fc.nat(39), fc.string({ minLength: 1, maxLength: 1 }), (random, index, replacement) => {
        const token = formatApiToken(random);
        fc.pre(token[index] !== replacement);
        const altered = token.slice(0, index) + replacement + token.slice(index + 1);
        expect(parseApiToken(altered)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(parseApiToken(value)).toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        expect(() => parseApiToken(`${API_TOKEN_PREFIX}${value}`)).not.toThrow();
      }),
    );
  });

  it("hashes to hex SHA-256", () => {
    expect(hashApiToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
