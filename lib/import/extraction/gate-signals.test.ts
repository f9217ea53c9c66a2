import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { hasSignInWall } from "./gate-signals";

const gated = (bodyHtml: string) => hasSignInWall(parseHTML(`<html><body>${bodyHtml}</body></html>`).document as unknown as Document);

describe("hasSignInWall", () => {
  it("sees a sign-in form in the page's content", () => {
    expect(gated('<main><h1>Sign in to continue</h1><form><input type="email"><input type="password"></form></main>')).toBe(true);
  });

  it("sees a paywall box", () => {
    expect(gated('<main><p>First paragraph.</p><div class="article-paywall"><p>Subscribe to read on.</p></div></main>')).toBe(true);
  });

  it("ignores the sign-in box many sites keep in their header or menus", () => {
    expect(gated('<header><form><input type="password"></form></header><main><p>Story.</p></main>')).toBe(false);
    expect(gated('<nav><div class="login"><input type="password"></div></nav><p>Story.</p>')).toBe(false);
  });
});
