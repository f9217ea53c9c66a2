import { describe, expect, it } from "vitest";
import { httpUrlSchema, normaliseHttpUrl, optionalHttpUrlSchema } from "./url";

describe("normaliseHttpUrl", () => {
  it.each([
    ["  HTTPS://Example.ORG:443/path?a=1&utm_source=x#:~:text=fell  ", "https://example.org/path?a=1#:~:text=fell"],
    ["http://www.ons.gov.uk", "http://www.ons.gov.uk/"],
    ["https://bbc.co.uk/news?fbclid=abc", "https://bbc.co.uk/news"],
  ])("normalises %s", (raw, expected) => {
    expect(normaliseHttpUrl(raw)).toEqual({ ok: true, url: expected });
  });

  it.each([
    ["", /Enter a web address/],
    ["not a url", /full web address/],
    ["javascript:alert(1)", /Only http:\/\/ and https:\/\//],
    ["ftp://files.example.org/a", /not ftp:/],
    ["file:///etc/passwd", /Only http/],
    ["https://user:pw@example.org/", /user name or password/],
    ["https://intranet/", /no valid host/],
  ])("refuses %s", (raw, message) => {
    const result = normaliseHttpUrl(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("works as a schema that reports the message", () => {
    expect(httpUrlSchema.parse("https://Example.org")).toBe("https://example.org/");
    const failed = httpUrlSchema.safeParse("data:text/html,hi");
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.message).toMatch(/Only http/);
  });
});

describe("optionalHttpUrlSchema", () => {
  it("reads blank as none and normalises a link", () => {
    for (const none of ["", null]) expect(optionalHttpUrlSchema.parse(none)).toBeNull();
    expect(optionalHttpUrlSchema.parse(undefined)).toBeUndefined();
    expect(optionalHttpUrlSchema.parse("https://Example.org/?utm_source=x")).toBe("https://example.org/");
  });

  it("says why a link is refused, as httpUrlSchema does, rather than a union's “Invalid input”", () => {
    for (const [raw, message] of [
      ["javascript:alert(1)", /Only http:\/\/ and https:\/\//],
      [" ", /Enter a web address/],
      [`https://example.org/${"a".repeat(2000)}`, /too long/],
    ] as const) {
      const failed = optionalHttpUrlSchema.safeParse(raw);
      expect(failed.error?.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(message)]);
    }
  });
});
