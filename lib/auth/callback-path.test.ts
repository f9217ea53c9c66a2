import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { safeCallbackPath } from "./callback-path";

const ORIGIN = "https://factmark.example";

describe("safeCallbackPath", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeCallbackPath("/articles/abc?annotation=x#card")).toBe("/articles/abc?annotation=x#card");
    expect(safeCallbackPath("/my-work")).toBe("/my-work");
  });

  it.each([
    "/%5Cevil.example/phish",
    "/\\evil.example/phish",
    "//evil.example",
    "/\t/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "data:text/html,hi",
    "\\\\evil.example",
    "/.//evil.example",
  ])("never leaves the site for %j", (raw) => {
    const target = new URL(safeCallbackPath(raw), ORIGIN);
    expect(target.origin).toBe(ORIGIN);
  });

  it("sends /%5Cevil.example/phish nowhere but this site", () => {
    expect(safeCallbackPath("/\\evil.example/phish")).toBe("/");
  });

  it("falls back to the home page for nothing", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath("")).toBe("/");
  });

  it("whatever it is given, the browser stays on this origin", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `/${s}`),
        ),
        (raw) => {
          const path = safeCallbackPath(raw);
          expect(path.startsWith("/")).toBe(true);
          expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
        },
      ),
      { numRuns: 500 },
    );
  });
});
