import { describe, expect, it } from "vitest";
import { facetCounts, matchesFilter, NO_FILTER } from "./filter-annotations";

const a = (kind: string, status: string, rating: string | null, author: string) => ({
  kind,
  status,
  verdict: rating ? { rating } : null,
  author: { id: author },
});
const list = [
  a("CLAIM", "DRAFT", "FALSE", "u1"),
  a("CLAIM", "SUBMITTED", null, "u2"),
  a("QUOTE", "DRAFT", null, "u1"),
  a("OPINION", "DRAFT", null, "u2"),
];

describe("matchesFilter", () => {
  it("combines facets", () => {
    expect(list.filter((x) => matchesFilter(x, { ...NO_FILTER, kind: "CLAIM", author: "u1" }))).toHaveLength(1);
    expect(list.filter((x) => matchesFilter(x, { ...NO_FILTER, verdict: "NONE" }))).toEqual([list[1]]);
    expect(list.filter((x) => matchesFilter(x, NO_FILTER))).toHaveLength(4);
  });

  it("counts each facet ignoring its own choice but honouring the others", () => {
    expect(Object.fromEntries(facetCounts(list, { ...NO_FILTER, kind: "QUOTE", author: "u1" }, "kind", (x) => x.kind))).toEqual({
      CLAIM: 1,
      QUOTE: 1,
    });
  });
});
