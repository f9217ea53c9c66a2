import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_NESTING, findInputProblem } from "./input-guard";

function nested(depth: number): unknown {
  let value: unknown = { type: "paragraph" };
  for (let level = 0; level < depth; level++) value = { type: "bulletList", content: [{ type: "listItem", content: [value] }] };
  return value;
}

describe("findInputProblem", () => {
  it("passes ordinary payloads", () => {
    expect(findInputProblem({ title: "Council tax “rise” £1.2bn — 😀", tags: ["a"], version: 3, date: null })).toBeNull();
  });

  it("names the field holding a NUL character", () => {
    expect(findInputProblem({ annotation: { note: "a\u0000b" } })).toEqual({
      path: ["annotation", "note"],
      message: expect.stringMatching(/^The field “note” contains a NUL character/),
    });
  });

  it("refuses unpaired surrogates, which would otherwise be stored as U+FFFD", () => {
    expect(findInputProblem({ speaker: "Mr \ud800Khan" })?.message).toMatch(/“speaker” contains a broken character/);
    expect(findInputProblem({ speaker: "\udc00" })).not.toBeNull();
    expect(findInputProblem({ speaker: "ok 😀" })).toBeNull();
  });

  it("refuses field names with NUL too", () => {
    expect(findInputProblem({ ["a\u0000"]: 1 })).not.toBeNull();
  });

  it("refuses nesting 500 deep without overflowing the stack", () => {
    expect(findInputProblem(nested(500))?.message).toMatch(/nested too deeply/);
    expect(findInputProblem(nested(5))).toBeNull();
  });

  it("finds a bad string at any depth within the limit, in any shape", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.nat(), (value, seed) => {
        const poisoned = { wrapper: [value, { deep: `x${"\u0000".repeat(1 + (seed % 3))}` }] };
        expect(findInputProblem(poisoned)).not.toBeNull();
      }),
    );
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: MAX_NESTING + 5, withNullPrototype: true, withMap: true, withTypedArray: true }), (value) => {
        findInputProblem(value);
      }),
    );
  });
});
