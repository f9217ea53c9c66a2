import { beforeEach, describe, expect, it, vi } from "vitest";

// React's cache() only memoises inside a server request, which Vitest has none of; this stand-in
// memoises for the whole test, which is what a request sees.
vi.mock("react", () => ({
  cache: <Args extends unknown[], Result>(fn: (...args: Args) => Result) => {
    const results = new Map<string, Result>();
    return (...args: Args) => {
      const key = JSON.stringify(args);
      if (!results.has(key)) results.set(key, fn(...args));
      return results.get(key)!;
    };
  },
}));
// The cookie's decryption has its own tests (session-token.test.ts); here it is what it says.
const sessionFromCookies = vi.fn(async () => ({ userId: "u1", sessionVersion: 3 }));
vi.mock("@/lib/auth/session-token", () => ({ sessionFromCookies }));
vi.mock("next/headers", () => ({ cookies: async () => ({ getAll: () => [] }) }));
vi.mock("@/lib/env", () => ({ env: () => ({ AUTH_SECRET: "secret" }) }));
const user = { id: "u1", email: "a@factmark.test", name: "A", role: "REVIEWER", sessionVersion: 3, deactivatedAt: null as Date | null };
const findUnique = vi.fn(async () => user);
vi.mock("@/lib/db", () => ({ getDb: () => ({ user: { findUnique } }) }));

beforeEach(() => {
  vi.resetModules();
  sessionFromCookies.mockClear();
  findUnique.mockClear();
});

describe("session helpers", () => {
  it("read the session and the user once however often a request asks", async () => {
    const { getActor, requireActor } = await import("./session");
    const actors = await Promise.all([getActor(), getActor(), requireActor(), requireActor()]);
    expect(actors.every((actor) => actor?.id === "u1")).toBe(true);
    expect(sessionFromCookies).toHaveBeenCalledTimes(1);
    expect(findUnique).toHaveBeenCalledTimes(1);
  });

  it("refuse a signed-out visitor with UNAUTHENTICATED", async () => {
    sessionFromCookies.mockResolvedValueOnce(null as never);
    const { requireActor } = await import("./session");
    await expect(requireActor()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuse a session that was revoked (sign-out, password change) after it began", async () => {
    findUnique.mockResolvedValueOnce({ ...user, sessionVersion: 4 });
    const { getActor } = await import("./session");
    expect(await getActor()).toBeNull();
  });

  it("refuse the session of a deactivated account", async () => {
    findUnique.mockResolvedValueOnce({ ...user, deactivatedAt: new Date() });
    const { requireActor } = await import("./session");
    await expect(requireActor()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("hand out only the actor's identity and role", async () => {
    const { getActor } = await import("./session");
    expect(await getActor()).toEqual({ id: "u1", email: "a@factmark.test", name: "A", role: "REVIEWER" });
  });
});
