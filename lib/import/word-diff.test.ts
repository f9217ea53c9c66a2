import { describe, expect, it } from "vitest";
import { diffSummary, wordDiff } from "./word-diff";

describe("wordDiff", () => {
  it("marks the words removed and added, keeping the rest", () => {
    const parts = wordDiff("Fares rose by 5p in May.", "Fares rose by 7p in June.");
    expect(parts.filter((p) => p.kind !== "same").map((p) => `${p.kind}:${p.text}`)).toEqual([
      "removed:5p",
      "added:7p",
      "removed:May",
      "added:June",
    ]);
    expect(parts.map((p) => (p.kind === "removed" ? "" : p.text)).join("")).toBe("Fares rose by 7p in June.");
    expect(diffSummary(parts)).toEqual({ added: 2, removed: 2 });
  });

  it("finds nothing to show for the same text", () => {
    expect(wordDiff("Same text.", "Same text.")).toEqual([{ kind: "same", text: "Same text." }]);
  });
});
