import { describe, expect, it } from "vitest";
import { validateSpan } from "./validate-span";

const text = "Inflation fell to 3% in 2024 😀, said the “minister”.";
// The emoji starts at 29 and takes two code units (29 and 30).
const EMOJI = text.indexOf("😀");

describe("validateSpan", () => {
  it("accepts a span inside the text", () => {
    expect(validateSpan(text, 0, 9)).toEqual({ ok: true });
    expect(validateSpan(text, 0, text.length)).toEqual({ ok: true });
  });

  it("accepts a span whose exact text matches", () => {
    expect(validateSpan(text, 18, 20, "3%")).toEqual({ ok: true });
    expect(validateSpan(text, EMOJI, EMOJI + 2, "😀")).toEqual({ ok: true });
  });

  it("rejects non-integer offsets as OUT_OF_RANGE", () => {
    expect(validateSpan(text, 1.5, 4)).toEqual({
      ok: false,
      code: "OUT_OF_RANGE",
      message: "The span 1.5–4 is not valid: start and end must be whole numbers.",
    });
    expect(validateSpan(text, 0, Number.NaN)).toMatchObject({ ok: false, code: "OUT_OF_RANGE" });
    expect(validateSpan(text, 0, Infinity)).toMatchObject({ ok: false, code: "OUT_OF_RANGE" });
  });

  it("rejects offsets outside the text as OUT_OF_RANGE", () => {
    expect(validateSpan(text, -1, 4)).toEqual({
      ok: false,
      code: "OUT_OF_RANGE",
      message: `The span -1–4 is outside the text, which has ${text.length} characters (offsets 0–${text.length}).`,
    });
    expect(validateSpan(text, 10, text.length + 1)).toMatchObject({ ok: false, code: "OUT_OF_RANGE" });
    expect(validateSpan("", 0, 1)).toMatchObject({ ok: false, code: "OUT_OF_RANGE" });
  });

  it("rejects empty and reversed spans as EMPTY", () => {
    expect(validateSpan(text, 120, 90)).toEqual({
      ok: false,
      code: "EMPTY",
      message: "The span 120–90 is empty or reversed: start must be before end.",
    });
    expect(validateSpan(text, 5, 5)).toMatchObject({ ok: false, code: "EMPTY" });
  });

  it("rejects whitespace-only spans as WHITESPACE_ONLY", () => {
    expect(validateSpan(text, 9, 10)).toEqual({
      ok: false,
      code: "WHITESPACE_ONLY",
      message: "The span 9–10 contains only whitespace: select some text.",
    });
    expect(validateSpan("a \n\n\t\u00a0b", 1, 6)).toMatchObject({ ok: false, code: "WHITESPACE_ONLY" });
  });

  it("rejects a span that starts or ends inside a surrogate pair as SPLITS_CHARACTER", () => {
    expect(validateSpan(text, EMOJI + 1, EMOJI + 3)).toEqual({
      ok: false,
      code: "SPLITS_CHARACTER",
      message:
        `The span ${EMOJI + 1}–${EMOJI + 3} cuts a character in half: its start (${EMOJI + 1}) falls inside an emoji ` +
        "or other character stored as two code units. Select the whole character.",
    });
    expect(validateSpan(text, 0, EMOJI + 1)).toMatchObject({
      ok: false,
      code: "SPLITS_CHARACTER",
      message: expect.stringContaining(`its end (${EMOJI + 1})`),
    });
  });

  it("does not treat a combining accent as a split character", () => {
    expect(validateSpan("cafe\u0301", 0, 4)).toEqual({ ok: true });
  });

  it("rejects a span whose text differs from the expected quote as MISMATCH", () => {
    expect(validateSpan(text, 18, 20, "4%")).toEqual({
      ok: false,
      code: "MISMATCH",
      message:
        "The text at 18–20 is “3%”, not the selected “4%”. The article may have changed since it was loaded; " + "reload and select again.",
    });
  });

  it("shortens long quotes in MISMATCH messages without cutting an emoji", () => {
    // 40 code points are kept: 35 + two emoji (four code units) + " ta".
    const long = `${"word ".repeat(7)}😀😀 tail end`;
    const result = validateSpan(long, 0, long.length, "something else");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain("“word word word word word word word 😀😀 ta…”");
  });

  it("collapses line breaks in MISMATCH messages", () => {
    const result = validateSpan("one\n\ntwo", 0, 8, "one two");
    expect(result).toMatchObject({
      code: "MISMATCH",
      message: expect.stringContaining("“one two”, not the selected “one two”"),
    });
  });

  it("checks structure before content", () => {
    // Reversed and out of range: the reversal is the first thing to fix.
    expect(validateSpan("short", 90, 80)).toMatchObject({ code: "EMPTY" });
    // Out of range with a quote: no point comparing text that is not there.
    expect(validateSpan("short", 0, 50, "short")).toMatchObject({ code: "OUT_OF_RANGE" });
    // Whitespace that also mismatches: the stale text is the real problem.
    expect(validateSpan("a  b", 1, 3, "xx")).toMatchObject({ code: "MISMATCH" });
  });
});
