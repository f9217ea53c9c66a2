import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { similarFactChecksQuerySchema } from "@/lib/validation/similar-fact-checks";
import { similarLookupText, similarLookupUrl } from "./similar-lookup";

const claim = (claimText: string | null, exact = "the passage as highlighted") => ({ kind: "CLAIM" as const, claimText, exact });

describe("similarLookupText", () => {
  it("asks with the checkable sentence, else the passage", () => {
    expect(similarLookupText(claim("Unemployment fell to 4.1 per cent."))).toBe("Unemployment fell to 4.1 per cent.");
    expect(similarLookupText(claim(null))).toBe("the passage as highlighted");
    expect(similarLookupText(claim("   "))).toBe("the passage as highlighted");
  });

  it("asks nothing for quotes and opinions, nor for text too short to compare", () => {
    expect(similarLookupText({ kind: "QUOTE", claimText: null, exact: "“We will win,” she said." })).toBeNull();
    expect(similarLookupText({ kind: "OPINION", claimText: null, exact: "A disgrace." })).toBeNull();
    expect(similarLookupText(claim("ab", "x"))).toBeNull();
  });

  it("is one question for texts that differ only in spacing, so a space typed at the end asks nothing new", () => {
    expect(similarLookupText(claim("Council tax  will rise "))).toBe(similarLookupText(claim("Council tax will rise")));
    expect(similarLookupText(claim("Council tax\nwill rise"))).toBe("Council tax will rise");
    expect(similarLookupText(claim("Council tax will rise by 5%"))).not.toBe(similarLookupText(claim("Council tax will rise")));
  });

  it("cuts a long passage before a word, to what the API takes", () => {
    const text = similarLookupText(claim(null, "word ".repeat(2000)))!;
    expect(text.length).toBeLessThanOrEqual(5000);
    expect(text.endsWith("word")).toBe(true);
  });

  it("always gives text the API accepts, or null", () => {
    fc.assert(
      fc.property(
        fc.option(fc.string({ maxLength: 6000 }), { nil: null }),
        fc.string({ minLength: 1, maxLength: 6000 }),
        (claimText, exact) => {
          const text = similarLookupText(claim(claimText, exact));
          if (text !== null) expect(similarFactChecksQuerySchema.safeParse({ text }).success).toBe(true);
        },
      ),
    );
  });
});

describe("similarLookupUrl", () => {
  it("carries the text, the limit and the card to leave out, encoded", () => {
    const url = new URL(similarLookupUrl("4.1% & more?", { excludeAnnotationId: "ann_1", limit: 3 }), "http://x");
    expect(url.pathname).toBe("/api/fact-checks/similar");
    expect(Object.fromEntries(url.searchParams)).toEqual({ text: "4.1% & more?", limit: "3", excludeAnnotationId: "ann_1" });
  });
});
