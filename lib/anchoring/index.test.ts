import { describe, expect, it } from "vitest";
import * as anchoring from "./index";

describe("lib/anchoring public API", () => {
  it("exports the functions and constants callers use", () => {
    expect(Object.keys(anchoring).sort()).toEqual([
      "CONTEXT_LENGTH",
      "MIN_FUZZY_SCORE",
      "anchor",
      "describeSpan",
      "reanchorAll",
      "snapToWords",
      "validateSpan",
    ]);
  });

  it("round-trips: a described span anchors back to itself", () => {
    const text = "Labour’s “£5bn” pledge 😀 was cafe\u0301 talk.";
    const span = anchoring.snapToWords(text, 2, 14);
    expect(anchoring.validateSpan(text, span.start, span.end)).toEqual({ ok: true });
    const described = anchoring.describeSpan(text, span.start, span.end);
    expect(anchoring.anchor(text, described)).toEqual({ ...span, method: "position" });
    expect(anchoring.reanchorAll(text, [{ id: "x", ...described }])).toEqual([{ id: "x", result: { ...span, method: "position" } }]);
  });
});
