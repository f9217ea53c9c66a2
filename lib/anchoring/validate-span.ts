import { splitsSurrogatePair } from "./unicode";

export type SpanErrorCode = "OUT_OF_RANGE" | "EMPTY" | "WHITESPACE_ONLY" | "MISMATCH" | "SPLITS_CHARACTER";

export type SpanValidation = { ok: true } | { ok: false; code: SpanErrorCode; message: string };

const PREVIEW_LENGTH = 40;

// Messages reach editors through the API, so they name the offsets and say what to do.
export function validateSpan(text: string, start: number, end: number, exact?: string): SpanValidation {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    return fail("OUT_OF_RANGE", `The span ${start}–${end} is not valid: start and end must be whole numbers.`);
  }
  if (start >= end) {
    return fail("EMPTY", `The span ${start}–${end} is empty or reversed: start must be before end.`);
  }
  if (start < 0 || end > text.length) {
    return fail(
      "OUT_OF_RANGE",
      `The span ${start}–${end} is outside the text, which has ${text.length} characters (offsets 0–${text.length}).`,
    );
  }
  for (const [name, offset] of [
    ["start", start],
    ["end", end],
  ] as const) {
    if (splitsSurrogatePair(text, offset)) {
      return fail(
        "SPLITS_CHARACTER",
        `The span ${start}–${end} cuts a character in half: its ${name} (${offset}) falls inside an emoji or other ` +
          "character stored as two code units. Select the whole character.",
      );
    }
  }
  const selected = text.slice(start, end);
  if (exact !== undefined && selected !== exact) {
    return fail(
      "MISMATCH",
      `The text at ${start}–${end} is “${preview(selected)}”, not the selected “${preview(exact)}”. ` +
        "The article may have changed since it was loaded; reload and select again.",
    );
  }
  if (!/\S/u.test(selected)) {
    return fail("WHITESPACE_ONLY", `The span ${start}–${end} contains only whitespace: select some text.`);
  }
  return { ok: true };
}

function fail(code: SpanErrorCode, message: string): SpanValidation {
  return { ok: false, code, message };
}

function preview(value: string): string {
  const oneLine = value.replace(/\s+/gu, " ");
  if (oneLine.length <= PREVIEW_LENGTH) return oneLine;
  // Cut on a code point so the preview never shows half an emoji.
  return `${Array.from(oneLine).slice(0, PREVIEW_LENGTH).join("")}…`;
}
