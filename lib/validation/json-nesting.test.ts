import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_NESTING, findInputProblem } from "./input-guard";
import { findJsonNestingProblem } from "./json-nesting";

// One level of a chain: an object member or an array item, with scalar siblings whose strings hold
// brackets, quotes and escapes the scan must read as text.
const level = fc.record({
  // Never "s", the siblings' key: JSON.parse keeps the last of two equal keys, so the chain would
  // be dropped from what the guard sees while the text scan still reads it (seed 2068186667).
  key: fc.oneof(
    fc.constantFrom("content", "rationale", 'a"b', "[{", "\\", "é😀"),
    fc.string({ maxLength: 6 }).filter((key) => key !== "s"),
  ),
  isObject: fc.boolean(),
  sibling: fc.oneof(fc.constantFrom("[[[", "{{", '"]', "\\\\", "\\u005b"), fc.string({ maxLength: 6 }), fc.integer().map(String)),
  isSiblingFirst: fc.boolean(),
});

/** The JSON text of `[chain]`, written out level by level: JSON.stringify would itself overflow at these depths. */
function chainText(levels: { key: string; isObject: boolean; sibling: string; isSiblingFirst: boolean }[]): string {
  let open = "";
  let close = "";
  for (const { key, isObject, sibling, isSiblingFirst } of levels) {
    const scalar = JSON.stringify(sibling);
    if (isObject) {
      open += isSiblingFirst ? `{"s":${scalar},${JSON.stringify(key)}:` : `{${JSON.stringify(key)}:`;
      close = (isSiblingFirst ? "}" : `,"s":${scalar}}`) + close;
    } else {
      open += isSiblingFirst ? `[${scalar},` : "[";
      close = (isSiblingFirst ? "]" : `,${scalar}]`) + close;
    }
  }
  return `[${open}"leaf"${close}]`;
}

describe("findJsonNestingProblem", () => {
  it("passes an action's ordinary arguments", () => {
    expect(findJsonNestingProblem(JSON.stringify([{ annotationId: "a1", patch: { note: "[{ not nesting }]" } }]))).toBeNull();
  });

  it("refuses exactly where the input guard does, with the guard's message, at random depths up to 30,000", () => {
    fc.assert(
      // A few random levels repeated to a random depth: generating 30,000 distinct ones is slow and finds no more.
      fc.property(fc.array(level, { minLength: 1, maxLength: 50 }), fc.nat({ max: 30_000 }), (kinds, depth) => {
        const levels = Array.from({ length: depth }, (_, index) => kinds[index % kinds.length]!);
        const text = chainText(levels);
        // JSON.parse does not recurse, and the guard walks without recursion: both take any depth.
        const guard = findInputProblem((JSON.parse(text) as unknown[])[0]);
        const scan = findJsonNestingProblem(text);
        expect(scan?.message ?? null).toBe(guard?.message ?? null);
        expect(scan !== null).toBe(levels.length > MAX_NESTING);
      }),
      { numRuns: 100 },
    );
  });

  it("says the same at every depth past the limit", () => {
    const lists = (depth: number) =>
      `[{"rationale":{"type":"doc","content":[${'{"type":"bulletList","content":[{"type":"listItem","content":['.repeat(depth)}${"]}]}".repeat(depth)}]}}]`;
    for (const depth of [17, 500, 1_000, 3_000, 10_000, 30_000]) {
      expect(findJsonNestingProblem(lists(depth))?.message).toBe("The field “content” is nested too deeply (more than 64 levels).");
    }
    expect(findJsonNestingProblem(lists(15))).toBeNull();
  });

  it("never throws on text that is not JSON", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("[", "{", "]", "}", '"', "\\", ",", ":", "a") }), (text) => {
        findJsonNestingProblem(text);
      }),
    );
  });
});
