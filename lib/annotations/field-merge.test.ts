import { describe, expect, it } from "vitest";
import type { AnnotationView } from "@/lib/annotations/types";
import type { RichText } from "@/lib/validation/rich-text";
import { baseOf, changedFields, clashingFields } from "./field-merge";

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
    expect(clashingFields({ verdict: null }, { verdict: { rating: "TRUE", rationale } }, current)).toEqual(["verdict"]);
  });

  it("treats blank and missing text as the same value", () => {
    expect(changedFields(["note"], view({ note: null }), view({ note: "" }))).toEqual([]);
    expect(changedFields(["note", "claimText"], view({ note: null }), view({ note: "x" }))).toEqual(["note"]);
  });
});
