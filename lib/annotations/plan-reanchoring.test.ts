import { describe, expect, it } from "vitest";
import { describeSpan } from "@/lib/anchoring";
import { planReanchoring } from "./plan-reanchoring";

const original =
  "Unemployment fell to 4.1 per cent, the minister said.\n\nCritics called it “a statistical mirage” costing £3bn.\n\nThe figure for March was revised later.";

function stored(id: string, phrase: string) {
  const start = original.indexOf(phrase);
  const { quote } = describeSpan(original, start, start + phrase.length);
  return { id, start, end: start + phrase.length, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
}

describe("planReanchoring", () => {
  const spans = [
    stored("a", "Unemployment fell to 4.1 per cent"),
    stored("b", "a statistical mirage"),
    stored("c", "The figure for March was revised later."),
  ];

  it("moves spans after an insertion and keeps their text", () => {
    const corrected = `Correction appended on Monday.\n\n${original}`;
    const plan = planReanchoring(corrected, spans);
    for (const item of plan) {
      expect(item.isOrphaned).toBe(false);
      expect(corrected.slice(item.start, item.end)).toBe(spans.find((s) => s.id === item.id)!.exact);
    }
  });

  it("orphans a span whose text was removed, keeping its old quote", () => {
    const corrected = original.replace("\n\nThe figure for March was revised later.", "");
    const plan = planReanchoring(corrected, spans);
    const orphan = plan.find((p) => p.id === "c")!;
    expect(orphan).toMatchObject({
      isOrphaned: true,
      method: null,
      exact: "The figure for March was revised later.",
      start: spans[2]!.start,
    });
    expect(plan.filter((p) => !p.isOrphaned).map((p) => p.id)).toEqual(["a", "b"]);
  });

  it("follows a small edit inside a span with a fuzzy match and fresh selectors", () => {
    const corrected = original.replace("4.1 per cent", "4.2 per cent");
    const claim = planReanchoring(corrected, spans).find((p) => p.id === "a")!;
    expect(claim.isOrphaned).toBe(false);
    expect(claim.exact).toBe("Unemployment fell to 4.2 per cent");
    expect(corrected.slice(claim.start, claim.end)).toBe(claim.exact);
  });
});
