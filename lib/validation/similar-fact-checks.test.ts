import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { similarFactChecksQuerySchema } from "./similar-fact-checks";

const parse = (query: Record<string, string>) => parseInput(similarFactChecksQuerySchema, query);
const refusal = (query: Record<string, string>) => {
  try {
    parse(query);
  } catch (error) {
    return error;
  }
  throw new Error("accepted");
};

describe("the similar fact-checks query", () => {
  it("takes the text trimmed, a limit of 1 to 20 (5 when not given) and a finding to leave out", () => {
    expect(parse({ text: "  Vaccines cause autism  " })).toEqual({ text: "Vaccines cause autism", limit: 5 });
    expect(parse({ text: "abc", limit: "20", excludeAnnotationId: "cmabc123" })).toEqual({
      text: "abc",
      limit: 20,
      excludeAnnotationId: "cmabc123",
    });
    expect(parse({ text: "abc", limit: "", excludeAnnotationId: "" })).toEqual({ text: "abc", limit: 5 });
  });

  it("refuses each bad field with its own message", () => {
    expect(refusal({})).toMatchObject({ code: "INVALID", details: { fieldErrors: { text: "Give the text to compare (text=…)." } } });
    expect(refusal({ text: " ab " })).toMatchObject({
      details: { fieldErrors: { text: "The text to compare must be at least 3 characters." } },
    });
    expect(refusal({ text: "x".repeat(5001) })).toMatchObject({
      details: { fieldErrors: { text: "The text to compare can be at most 5,000 characters." } },
    });
    expect(refusal({ text: "abc", limit: "0" })).toMatchObject({ details: { fieldErrors: { limit: "The limit must be at least 1." } } });
    expect(refusal({ text: "abc", limit: "2.5" })).toMatchObject({
      details: { fieldErrors: { limit: "The limit must be a whole number." } },
    });
    expect(refusal({ text: "abc", limit: "ten" })).toMatchObject({ details: { fieldErrors: { limit: "The limit must be a number." } } });
    expect(refusal({ text: "abc", excludeAnnotationId: "'; DROP TABLE" })).toMatchObject({
      details: { fieldErrors: { excludeAnnotationId: "That is not a valid id." } },
    });
  });

  it("refuses hostile text before the schema sees it: NUL characters and broken surrogates", () => {
    expect(refusal({ text: "abc\u0000def" })).toMatchObject({ code: "INVALID", details: { field: "text" } });
    expect(refusal({ text: "abc\uD800def" })).toMatchObject({ code: "INVALID", details: { field: "text" } });
  });

  it("either parses or refuses with INVALID, whatever the query string holds", () => {
    const value = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.constantFrom("", "1e309", "-0", "NaN", "Infinity", " 7 ", "0x10"),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("text", "limit", "excludeAnnotationId", "other"), value), (query) => {
        try {
          const parsed = parse(query);
          expect(parsed.text.length).toBeGreaterThanOrEqual(3);
          expect(Number.isInteger(parsed.limit) && parsed.limit >= 1 && parsed.limit <= 20).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe("INVALID");
        }
      }),
      { numRuns: 60 },
    );
  });
});
