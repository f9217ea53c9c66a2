import { describe, expect, it } from "vitest";
import { parseInput } from "./parse-input";
import { searchQuerySchema } from "./search";

const refusal = (raw: Record<string, string>) => {
  try {
    parseInput(searchQuerySchema, raw);
  } catch (error) {
    return error;
  }
  throw new Error("accepted");
};

describe("searchQuerySchema", () => {
  it("takes a query with its filters as a URL gives them, blank fields meaning no filter", () => {
    expect(
      parseInput(searchQuerySchema, {
        q: "  council tax ",
        type: "finding",
        kind: "CLAIM",
        verdict: "",
        publisher: " ",
        from: "2026-01-01",
        to: "",
      }),
    ).toEqual({ q: "council tax", type: "finding", kind: "CLAIM", verdict: undefined, publisher: null, from: "2026-01-01", to: null });
  });

  it("refuses each bad parameter with a message for its field", () => {
    expect(refusal({})).toMatchObject({ code: "INVALID", details: { fieldErrors: { q: "Type what to search for." } } });
    expect(refusal({ q: "— !!" })).toMatchObject({ details: { fieldErrors: { q: "Type a word or a number to search for." } } });
    expect(refusal({ q: "x".repeat(201) })).toMatchObject({ details: { fieldErrors: { q: "A search can be at most 200 characters." } } });
    expect(
      refusal({ q: "tax", type: "people", kind: "RUMOUR", verdict: "MAYBE", status: "GONE", review: "DONE", from: "yesterday" }),
    ).toMatchObject({
      details: {
        fieldErrors: {
          type: "Choose what to search among: articles, findings, sources or fact-checks.",
          kind: "Choose a kind from the list: claim, quote or opinion.",
          verdict: "Choose a verdict from the list.",
          status: "Choose an article status from the list.",
          review: "Choose a review status from the list.",
          from: "The first date must be a date (YYYY-MM-DD).",
        },
      },
    });
    expect(refusal({ q: "tax", from: "2026-02-01", to: "2026-01-01" })).toMatchObject({
      details: { field: "to", fieldErrors: { to: "The first date must not be after the last." } },
    });
  });
});
