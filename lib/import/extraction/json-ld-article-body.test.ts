import { describe, expect, it } from "vitest";
import { articleBodyText, isMarkedPaywalled } from "./json-ld-article-body";

describe("articleBodyText", () => {
  it("makes each line of articleBody a paragraph of canonical text", () => {
    expect(articleBodyText({ articleBody: "  First  paragraph.\r\nSecond one.\n\n\nThird.\n" })).toBe(
      "First paragraph.\n\nSecond one.\n\nThird.",
    );
  });

  it("converts an articleBody given as HTML", () => {
    expect(articleBodyText({ articleBody: "<p>First.</p><p>Second <b>one</b>.</p><script>x()</script>" })).toBe("First.\n\nSecond one.");
  });

  it("is null without an articleBody", () => {
    expect(articleBodyText(null)).toBeNull();
    expect(articleBodyText({ articleBody: ["not", "a", "string"] })).toBeNull();
    expect(articleBodyText({ articleBody: "   " })).toBeNull();
  });
});

describe("isMarkedPaywalled", () => {
  it("reads isAccessibleForFree as schema.org writes it, boolean or text", () => {
    expect(isMarkedPaywalled({ isAccessibleForFree: false })).toBe(true);
    expect(isMarkedPaywalled({ isAccessibleForFree: "False" })).toBe(true);
    expect(isMarkedPaywalled({ isAccessibleForFree: true })).toBe(false);
    expect(isMarkedPaywalled({})).toBe(false);
    expect(isMarkedPaywalled(null)).toBe(false);
  });
});
