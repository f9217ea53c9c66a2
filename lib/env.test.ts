import { afterEach, describe, expect, it, vi } from "vitest";
import { parseEnv } from "./env";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("parseEnv", () => {
  it("needs AUTH_SECRET in production and says so by name", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/factmark" })).toThrow(/AUTH_SECRET is not set/);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "" })).toThrow(/AUTH_SECRET/);
  });

  it("lets `next build` run without a secret or a database", () => {
    const building = parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" });
    expect(building.AUTH_SECRET).toBeUndefined();
    expect(building.DATABASE_URL).toBeUndefined();
  });

  it("needs nothing in development and tests", () => {
    expect(parseEnv({})).toMatchObject({ NODE_ENV: "development" });
    expect(parseEnv({}).AUTH_SECRET).toBeUndefined();
    expect(parseEnv({ NODE_ENV: "test" }).NODE_ENV).toBe("test");
  });

  it("honours next-auth's older NEXTAUTH_SECRET, AUTH_SECRET first", () => {
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "old" }).AUTH_SECRET).toBe("old");
    expect(parseEnv({ AUTH_SECRET: "new", NEXTAUTH_SECRET: "old" }).AUTH_SECRET).toBe("new");
  });

  it("refuses a NEXTAUTH_URL that is not a URL, naming it", () => {
    expect(() => parseEnv({ NEXTAUTH_URL: "localhost:3000" })).toThrow(/NEXTAUTH_URL/);
    expect(() => parseEnv({ NEXTAUTH_URL: "not a url" })).toThrow(/NEXTAUTH_URL/);
    expect(parseEnv({ NEXTAUTH_URL: "http://localhost:3000" }).NEXTAUTH_URL).toBe("http://localhost:3000");
  });
});

describe("env()", () => {
  it("parses on first use, not at import, and then keeps the result", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("AUTH_SECRET", "");
    const fresh = await import("./env");
    expect(() => fresh.env()).toThrow(/AUTH_SECRET/);
    vi.stubEnv("AUTH_SECRET", "s3cret");
    expect(fresh.env().AUTH_SECRET).toBe("s3cret");
    vi.stubEnv("AUTH_SECRET", "changed");
    expect(fresh.env().AUTH_SECRET).toBe("s3cret");
  });

  it("names DATABASE_URL when a database is needed and none is set", async () => {
    vi.stubEnv("DATABASE_URL", "");
    const { databaseUrl } = await import("./env");
    expect(() => databaseUrl()).toThrow(/DATABASE_URL is not set/);
  });
});
