import { describe, expect, it } from "vitest";
import { anchor } from "./anchor";
import { describeSpan } from "./describe-span";
import { reanchorAll, type AnnotationSelectors } from "./reanchor-all";
import { snapToWords } from "./snap-to-words";

function annotation(id: string, text: string, fragment: string): AnnotationSelectors {
  const start = text.indexOf(fragment);
  if (start === -1) throw new Error(`"${fragment}" not in text`);
  return { id, ...describeSpan(text, start, start + fragment.length) };
}

// Deterministic generator so the generated article is the same on every run.
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function generateArticle(next: () => number, words: number): string {
  const syllables = ["ban", "cor", "del", "fin", "gov", "lab", "mar", "nor", "pol", "ric", "sta", "ter", "ven", "wel"];
  const common = ["the", "a", "of", "to", "and", "in", "said", "per cent", "£5m", "“claim”", "Labour’s", "😀"];
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    if (next() < 0.35) {
      out.push(common[Math.floor(next() * common.length)] ?? "the");
    } else {
      const parts = 1 + Math.floor(next() * 3);
      out.push(Array.from({ length: parts }, () => syllables[Math.floor(next() * syllables.length)]).join(""));
    }
    if (next() < 0.07) out.push(next() < 0.3 ? ".\n\n" : ".");
  }
  return out.join(" ").replace(/ \./g, ".").replace(/\n\n /g, "\n\n");
}

describe("reanchorAll", () => {
  const text = [
    "The minister said unemployment fell to 3.2% last year.",
    "Critics said the figure ignored zero-hours contracts.",
    "The policy would cost £350m, the Treasury said.",
    "Labour’s spokesperson called it “misleading” 😀.",
  ].join("\n\n");

  it("returns one result per annotation, in input order, by id", () => {
    const annotations = [
      annotation("c", text, "£350m"),
      annotation("a", text, "unemployment fell"),
      annotation("b", text, "zero-hours contracts"),
    ];
    const results = reanchorAll(text, annotations);
    expect(results.map((entry) => entry.id)).toEqual(["c", "a", "b"]);
    expect(results.map((entry) => entry.result?.method)).toEqual(["position", "position", "position"]);
    expect(results[0]?.result).toMatchObject({ start: text.indexOf("£350m"), end: text.indexOf("£350m") + 5 });
  });

  it("handles an empty list", () => {
    expect(reanchorAll(text, [])).toEqual([]);
  });

  it("re-anchors every kind of annotation after one correction", () => {
    const annotations = [
      annotation("before-edit", text, "unemployment fell"),
      annotation("inside-edit", text, "policy would cost £350m"),
      annotation("deleted", text, "ignored zero-hours contracts"),
      annotation("after-edit", text, "“misleading” 😀"),
      { ...annotation("no-position", text, "Labour’s spokesperson"), position: undefined },
    ];
    const corrected = text.replace("£350m", "£420m").replace("Critics said the figure ignored zero-hours contracts.", "Critics disagreed.");
    const results = Object.fromEntries(reanchorAll(corrected, annotations).map(({ id, result }) => [id, result]));

    expect(results["before-edit"]).toEqual({ start: 18, end: 35, method: "position" });
    const policy = corrected.indexOf("policy would cost £420m");
    expect(results["inside-edit"]).toMatchObject({ start: policy, end: policy + 23, method: "fuzzy" });
    expect(results["deleted"]).toBeNull();
    const misleading = corrected.indexOf("“misleading”");
    expect(results["after-edit"]).toMatchObject({ start: misleading, end: misleading + 15, method: "quote" });
    const labour = corrected.indexOf("Labour’s");
    expect(results["no-position"]).toMatchObject({ start: labour, end: labour + 21, method: "quote" });
  });

  it("agrees with anchor() one by one on a generated article after several corrections", () => {
    const next = random(2024);
    const original = generateArticle(next, 2_000);
    const annotations: AnnotationSelectors[] = Array.from({ length: 200 }, (_, index) => {
      const start = Math.floor(next() * (original.length - 120));
      const span = snapToWords(original, start, start + 5 + Math.floor(next() * 100));
      return { id: `n${index}`, ...describeSpan(original, span.start, span.end) };
    });
    const middle = Math.floor(original.length / 2);
    const corrected =
      `A new first sentence. ${original.slice(0, middle)}` +
      `inserted words ${original.slice(middle, middle + 3_000).replace(/ the /g, " teh ")}` +
      original.slice(middle + 3_200);

    const results = reanchorAll(corrected, annotations);
    annotations.forEach((selectors, index) => {
      const single = anchor(corrected, selectors);
      const batch = results[index]?.result ?? null;
      expect(batch && { start: batch.start, end: batch.end, method: batch.method }, selectors.id).toEqual(
        single && { start: single.start, end: single.end, method: single.method },
      );
    });
    const methods = new Set(results.map(({ result }) => result?.method ?? "orphaned"));
    expect([...methods].sort()).toEqual(["fuzzy", "orphaned", "quote"]);
  });

  it("puts 1,000 annotations on a 10,000-word article back where the edits moved them", () => {
    const next = random(7);
    const original = generateArticle(next, 10_000);
    const annotations: AnnotationSelectors[] = Array.from({ length: 1_000 }, (_, index) => {
      const start = Math.floor(next() * (original.length - 120));
      const span = snapToWords(original, start, start + 10 + Math.floor(next() * 80));
      return { id: `n${index}`, ...describeSpan(original, span.start, span.end) };
    });
    const insertAt = original.indexOf(". ", 300) + 2;
    const insertion = "This sentence was added in a correction. ";
    const corrected = original.slice(0, insertAt) + insertion + original.slice(insertAt);

    const results = reanchorAll(corrected, annotations);
    annotations.forEach(({ id, position }, index) => {
      const start = position?.start ?? 0;
      const shift = start >= insertAt ? insertion.length : 0;
      expect(results[index]?.result, id).toMatchObject({ start: start + shift, end: (position?.end ?? 0) + shift });
    });
  });
});
