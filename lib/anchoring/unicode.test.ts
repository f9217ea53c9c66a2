import { describe, expect, it } from "vitest";
import { codePointAfter, codePointBefore, splitsSurrogatePair } from "./unicode";

describe("unicode helpers", () => {
  const text = "a😀b";

  it("detects offsets between the halves of a surrogate pair", () => {
    const splits = [0, 1, 2, 3, 4].map((offset) => splitsSurrogatePair(text, offset));
    expect(splits).toEqual([false, false, true, false, false]);
    expect(splitsSurrogatePair("e\u0301", 1)).toBe(false);
  });

  it("ignores lone surrogates", () => {
    expect(splitsSurrogatePair("\ud83d\ud83d", 1)).toBe(false);
    expect(codePointBefore("x\ude00", 2)).toEqual({ codePoint: 0xde00, size: 1 });
  });

  it("reads whole code points around an offset", () => {
    expect(codePointAfter(text, 1)).toEqual({ codePoint: 0x1f600, size: 2 });
    expect(codePointBefore(text, 3)).toEqual({ codePoint: 0x1f600, size: 2 });
    expect(codePointAfter(text, 4)).toEqual({ codePoint: -1, size: 0 });
    expect(codePointBefore(text, 0)).toEqual({ codePoint: -1, size: 0 });
  });
});
