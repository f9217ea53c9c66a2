import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionFromCookies } from "./session-token";

const secret = "a-test-secret-that-is-long-enough";
const jar = (cookies: Record<string, string>) => ({ getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })) });
const tokenFor = (claims: Record<string, unknown>, options: { secret?: string; maxAge?: number } = {}) =>
  encode({ token: claims, secret: options.secret ?? secret, maxAge: options.maxAge });

describe("sessionFromCookies", () => {
  it("reads the user and session version next-auth put in the cookie", async () => {
    const cookies = jar({ "next-auth.session-token": await tokenFor({ sub: "u1", sessionVersion: 3 }) });
    expect(await sessionFromCookies(cookies, { secret, secure: false })).toEqual({ userId: "u1", sessionVersion: 3 });
  });

  it("reads the __Secure- cookie when the app is served over https, and only that one", async () => {
    const token = await tokenFor({ sub: "u1", sessionVersion: 1 });
    expect(await sessionFromCookies(jar({ "__Secure-next-auth.session-token": token }), { secret, secure: true })).toEqual({
      userId: "u1",
      sessionVersion: 1,
    });
    expect(await sessionFromCookies(jar({ "next-auth.session-token": token }), { secret, secure: true })).toBeNull();
  });

  it("joins a token next-auth split over chunked cookies", async () => {
    const token = await tokenFor({ sub: "u1", sessionVersion: 2 });
    const half = Math.floor(token.length / 2);
    const cookies = jar({ "next-auth.session-token.0": token.slice(0, half), "next-auth.session-token.1": token.slice(half) });
    expect(await sessionFromCookies(cookies, { secret, secure: false })).toEqual({ userId: "u1", sessionVersion: 2 });
  });

  it("refuses a token sealed with another secret, an expired one, a mangled one, and none", async () => {
    const other = await tokenFor({ sub: "u1", sessionVersion: 1 }, { secret: "another-secret-entirely-and-long" });
    const expired = await tokenFor({ sub: "u1", sessionVersion: 1 }, { maxAge: -60 });
    const good = await tokenFor({ sub: "u1", sessionVersion: 1 });
    for (const value of [other, expired, `${good.slice(0, -4)}AAAA`, "not-a-token"])
      expect(await sessionFromCookies(jar({ "next-auth.session-token": value }), { secret, secure: false })).toBeNull();
    expect(await sessionFromCookies(jar({}), { secret, secure: false })).toBeNull();
    expect(await sessionFromCookies(jar({ "next-auth.session-token": good }), { secret: undefined, secure: false })).toBeNull();
  });

  it("gives a token without a session version one no user has, so it is refused", async () => {
    const cookies = jar({ "next-auth.session-token": await tokenFor({ sub: "u1" }) });
    expect(await sessionFromCookies(cookies, { secret, secure: false })).toEqual({ userId: "u1", sessionVersion: -1 });
  });
});
