import { describe, expect, it } from "vitest";
import { searchedTypes } from "./search-filters";

describe("searchedTypes", () => {
  it("searches every type with no filter, and the chosen one when a type is chosen", () => {
    expect(searchedTypes({})).toEqual(["finding", "article", "source", "fact-check"]);
    expect(searchedTypes({ type: "source" })).toEqual(["source"]);
  });

  it("leaves out what a filter cannot speak of", () => {
    expect(searchedTypes({ verdict: "FALSE" })).toEqual(["finding", "source", "fact-check"]);
    expect(searchedTypes({ kind: "QUOTE" })).toEqual(["finding", "source"]);
    expect(searchedTypes({ speaker: "Khan", review: "APPROVED" })).toEqual(["finding", "source"]);
    expect(searchedTypes({ publisher: "BBC", from: "2026-01-01", status: "PUBLISHED" })).toEqual([
      "finding",
      "article",
      "source",
      "fact-check",
    ]);
  });

  it("searches nothing when the chosen type and a filter cannot meet", () => {
    expect(searchedTypes({ type: "article", verdict: "FALSE" })).toEqual([]);
    expect(searchedTypes({ type: "fact-check", kind: "CLAIM" })).toEqual([]);
  });
});
