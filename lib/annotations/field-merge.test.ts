import { describe, expect, it } from "vitest";
import type { AnnotationView } from "@/lib/annotations/types";
import type { RichText } from "@/lib/validation/rich-text";
import { baseOf, changedFields, clashingFields, mergedPatch, patchedFields } from "./field-merge";

const view = (overrides: Partial<AnnotationView>) =>
  ({ claimText: "c", note: null, speaker: null, verdict: null, restsOnIds: [], version: 1, ...overrides }) as AnnotationView;

const rationale: RichText = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Why" }] }] };

describe("three-way field merge", () => {
  it("takes the base from the view the edit started on, for the changed fields only", () => {
    expect(baseOf(view({ note: "n", claimText: "c" }), { note: "new" })).toEqual({ note: "n" });
    expect(baseOf(view({ verdict: { rating: "TRUE", rationale: null } }), { verdict: null })).toEqual({
      verdict: { rating: "TRUE", rationale: null },
    });
  });

  it("finds no clash when only other fields changed since the base", () => {
    const current = view({ version: 5, verdict: { rating: "FALSE", rationale }, claimText: "c" });
    expect(clashingFields({ note: "mine" }, { note: null }, current)).toEqual([]);
  });

  it("names the fields both sides changed", () => {
    const current = view({ version: 5, note: "theirs", claimText: "c" });
    expect(clashingFields({ note: "mine", claimText: "c" }, { note: null, claimText: "c" }, current)).toEqual(["note"]);
  });

  it("compares rich text whatever the key order the database hands back, and lists as sets", () => {
    const reordered = { content: [{ content: [{ text: "Why", type: "text" }], type: "paragraph" }], type: "doc" };
    const current = view({ verdict: { rating: "MIXED", rationale: reordered as never }, restsOnIds: ["b", "a"] });
    expect(clashingFields({ verdict: null }, { verdict: { rating: "MIXED", rationale } }, current)).toEqual([]);
    expect(clashingFields({ restsOnIds: [] }, { restsOnIds: ["a", "b"] }, current)).toEqual([]);
    expect(clashingFields({ verdict: null }, { verdict: { rating: "TRUE", rationale } }, current)).toEqual(["rating"]);
  });

  it("treats blank and missing text as the same value", () => {
    expect(changedFields(["note"], view({ note: null }), view({ note: "" }))).toEqual([]);
    expect(changedFields(["note", "claimText"], view({ note: null }), view({ note: "x" }))).toEqual(["note"]);
  });
});

describe("the verdict's rating and rationale are two fields to the merge", () => {
  const theirs: RichText = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Theirs" }] }] };
  const base = { verdict: { rating: "TRUE" as const, rationale } };

  it("merges a rationale written while someone else set the rating", () => {
    const current = view({ version: 5, verdict: { rating: "FALSE", rationale } });
    expect(clashingFields({ verdict: { rationale: theirs } }, base, current)).toEqual([]);
    // A patch that also names the rating it started from did not change the rating.
    expect(clashingFields({ verdict: { rating: "TRUE", rationale: theirs } }, base, current)).toEqual([]);
    expect(mergedPatch({ verdict: { rating: "TRUE", rationale: theirs } }, base)).toEqual({ verdict: { rationale: theirs } });
  });

  it("merges a rating set while someone else wrote the rationale", () => {
    const current = view({ version: 5, verdict: { rating: "TRUE", rationale: theirs } });
    expect(clashingFields({ verdict: { rating: "FALSE" } }, base, current)).toEqual([]);
    expect(clashingFields({ verdict: { rating: "FALSE", rationale } }, base, current)).toEqual([]);
    expect(mergedPatch({ verdict: { rating: "FALSE", rationale } }, base)).toEqual({ verdict: { rating: "FALSE" } });
  });

  it("names the rating and the rationale apart when both sides changed one of them", () => {
    expect(clashingFields({ verdict: { rationale: theirs } }, base, view({ verdict: { rating: "TRUE", rationale: null } }))).toEqual([
      "rationale",
    ]);
    expect(clashingFields({ verdict: { rating: "MIXED" } }, base, view({ verdict: { rating: "FALSE", rationale } }))).toEqual(["rating"]);
    expect(patchedFields({ note: "n", verdict: { rating: "MIXED", rationale } })).toEqual(["note", "rating", "rationale"]);
  });

  it("treats clearing the verdict as a change of both, and a verdict cleared meanwhile as a clash with a rationale", () => {
    const withRationale = view({ verdict: { rating: "TRUE", rationale: theirs } });
    expect(clashingFields({ verdict: null }, { verdict: { rating: "TRUE", rationale: null } }, withRationale)).toEqual(["rationale"]);
    expect(clashingFields({ verdict: { rationale: theirs } }, base, view({ verdict: null }))).toEqual(["rationale"]);
    expect(mergedPatch({ verdict: null }, base)).toEqual({ verdict: null });
  });

  it("does not count a verdict coming into being (with no rationale yet) as a change of the rationale", () => {
    // A rates a claim that had no verdict while B, who saw none either, writes its rationale: both stand.
    const rated = view({ version: 2, verdict: { rating: "FALSE", rationale: null } });
    expect(clashingFields({ verdict: { rationale: theirs } }, { verdict: null }, rated)).toEqual([]);
    expect(changedFields(["rationale"], view({ verdict: null }), rated)).toEqual([]);
    // The other way round it is a change: a verdict removed meanwhile clashes with a rationale being written.
    expect(changedFields(["rationale"], rated, view({ verdict: null }))).toEqual(["rationale"]);
  });

  it("writes back only what the save changed, never a field it left as it was", () => {
    expect(mergedPatch({ note: "old", claimText: "new" }, { note: "old", claimText: "c" })).toEqual({ claimText: "new" });
    expect(clashingFields({ note: "old", claimText: "new" }, { note: "old", claimText: "c" }, view({ note: "theirs" }))).toEqual([]);
  });

  it("tells a live change of the rating apart from one of the rationale", () => {
    const before = view({ verdict: { rating: "TRUE", rationale } });
    expect(changedFields(["rating", "rationale"], before, view({ verdict: { rating: "FALSE", rationale } }))).toEqual(["rating"]);
    expect(changedFields(["rating", "rationale"], before, view({ verdict: { rating: "TRUE", rationale: theirs } }))).toEqual(["rationale"]);
  });
});

describe("a rating copied from an earlier fact-check", () => {
  const base = { verdict: { rating: "TRUE" as const, rationale } };

  it("keeps its mark when merged onto someone else's rationale, since the mark travels with the rating", () => {
    const patch = { verdict: { rating: "FALSE" as const, copiedFromFactCheckId: "fc1", rationale } };
    expect(mergedPatch(patch, base)).toEqual({ verdict: { rating: "FALSE", copiedFromFactCheckId: "fc1" } });
  });

  it("is one change of the rating to the merge: it clashes with someone else's rating, not with their rationale", () => {
    const patch = { verdict: { rating: "FALSE" as const, copiedFromFactCheckId: "fc1" } };
    expect(patchedFields(patch)).toEqual(["rating"]);
    expect(clashingFields(patch, base, view({ verdict: { rating: "MIXED", rationale } }))).toEqual(["rating"]);
    expect(clashingFields(patch, base, view({ verdict: { rating: "TRUE", rationale: null } }))).toEqual([]);
  });
});
