import { describe, expect, it } from "vitest";
import { normaliseText } from "./normalise-text";
import { canonicalViolations, readFixture } from "./test-support";

describe("normaliseText", () => {
  it.each([
    ["CRLF and lone CR line endings", "a\r\nb\rc", "a\nb\nc"],
    ["tabs and runs of spaces", "a\t\tb    c \t d", "a b c d"],
    ["no-break and other Unicode spaces", "a\u00a0\u00a0b\u2003c\u3000d\u202fe", "a b c d e"],
    ["spaces at line ends", "  a  \n  b  ", "a\nb"],
    ["three or more blank lines", "a\n\n\n\n\nb", "a\n\nb"],
    ["lines holding only whitespace", "a\n \t \n\u00a0\nb", "a\n\nb"],
    ["blank lines at either end", "\n\n \na\n\n\n", "a"],
    ["a single line break inside a paragraph", "a\nb\n\nc", "a\nb\n\nc"],
    ["zero-width spaces and BOMs", "\ufeffzero\u200bwidth\ufeff", "zerowidth"],
    ["NUL and other C0/C1 controls", "a\u0000b\u0007c\u001bd\u007fe\u0090f", "abcdef"],
    ["vertical tab and form feed (Word's manual line break, a page break)", "a\u000bb\u000cc", "a\nb\nc"],
    ["Unicode line and paragraph separators and NEL", "a\u2028b\u2029c\u0085d", "a\nb\n\nc\nd"],
    ["a lone surrogate", "a\ud800b", "a\ufffdb"],
    ["an empty string", "", ""],
    ["whitespace and invisibles only", " \r\n\t\u200b\ufeff\u00a0\n\n", ""],
  ])("handles %s", (_case, raw, canonical) => {
    expect(normaliseText(raw)).toBe(canonical);
  });

  it("composes to NFC", () => {
    expect(normaliseText("Cafe\u0301")).toBe("Café");
    expect(normaliseText("e\u0301")).toBe("\u00e9");
    expect(normaliseText("\u1100\u1161")).toBe("\u1100\u1161".normalize("NFC"));
  });

  it("composes pairs that only meet once an invisible character is removed", () => {
    expect(normaliseText("e\u200b\u0301")).toBe("é");
  });

  it("keeps curly quotes, £, dashes, emoji and joiners as they are", () => {
    const text = "“Quoted” ‘single’ it’s £5 — 😀 👩‍👩‍👧 ZWNJ: می‌خواهم";
    expect(normaliseText(text)).toBe(text);
  });

  it("turns the text fixture into exactly this", () => {
    expect(normaliseText(readFixture("article.txt"))).toBe(
      [
        "Council freezes fares for a fourth year, but critics say the £1.2bn gap in the transport budget has been “quietly ignored” by the mayor’s office.",
        "Mr Khan said: “We have frozen fares for the fourth year running.”\nHe added that the freeze would cost £64m a year.",
        "The opposition’s transport spokeswoman, Ms O’Neill, called the plans “a con”, saying that the authority had already borrowed £300m against future fare income and that the so-called freeze would be paid for by cutting bus routes in outer London, where passengers have no other way of getting to work.",
        "Café owners near the station said trade was down 12% — “it’s been a hard year”, one said.",
      ].join("\n\n"),
    );
  });

  it("is idempotent on the fixtures", () => {
    for (const name of ["article.txt", "article.md", "article.html"]) {
      const once = normaliseText(readFixture(name));
      expect(normaliseText(once)).toBe(once);
      expect(canonicalViolations(once)).toEqual([]);
    }
  });

  it("is idempotent and canonical on random strings of awkward characters", () => {
    const alphabet = [
      "a",
      "e",
      " ",
      "  ",
      "\t",
      "\n",
      "\r",
      "\r\n",
      "\u0301",
      "\u0327",
      "\u200b",
      "\ufeff",
      "\u00a0",
      "\u2000",
      "\u2028",
      "\u2029",
      "\u0000",
      "\u000b",
      "\u0085",
      "\u1100",
      "\u1161",
      "😀",
      "\u200d",
      "\ud800",
      "\udc00",
      "“",
      "£",
    ];
    let seed = 42;
    // A fixed pseudo-random sequence, so a failure reproduces.
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 2000; i++) {
      const raw = Array.from({ length: Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
      const once = normaliseText(raw);
      expect(normaliseText(once), JSON.stringify(raw)).toBe(once);
      expect(canonicalViolations(once), JSON.stringify(raw)).toEqual([]);
    }
  });
});
