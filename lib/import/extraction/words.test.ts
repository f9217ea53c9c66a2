import { describe, expect, it } from "vitest";
import { countProseWords, countWords } from "./words";

describe("countWords", () => {
  it("counts runs of letters and digits, not separators or bullets", () => {
    expect(countWords("Home · News › Middle East | Africa • 2026")).toBe(6);
    expect(countWords("“Café” costs £4.50, she said.")).toBe(6);
    expect(countWords(" · | — ")).toBe(0);
  });
});

describe("countProseWords", () => {
  it("counts only paragraphs long enough to read as prose", () => {
    const text = "Short headline\n\nBy A Reporter\n\nThe council voted seven to two in favour on Tuesday.\n\n14 March 2026";
    expect(countProseWords(text)).toBe(10);
  });
});
