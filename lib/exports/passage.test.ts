import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeSpan } from "@/lib/anchoring/describe-span";
import { passageOf } from "./passage";

const TEXT =
  "Hendon was the number three seat on Labour’s target list going into last week’s general election. But, despite needing a swing of only 0.2 per cent, Andrew Dismore, the unimpeachably pro-Israel former Labour MP, was defeated.\n\nIt is time now for Labour to reflect and reach out.\n\nOn Israel, we have to couple our support for a two-state solution with a recognition.";

const passageAt = (phrase: string) => {
  const start = TEXT.indexOf(phrase);
  return passageOf(describeSpan(TEXT, start, start + phrase.length).quote);
};

describe("passageOf", () => {
  it("gives whole words either side, and says the text goes on", () => {
    expect(passageAt("despite needing a swing of only 0.2 per cent")).toEqual({
      before: "week’s general election. But, ",
      exact: "despite needing a swing of only 0.2 per cent",
      after: ", Andrew Dismore, the",
      cutBefore: true,
      cutAfter: true,
    });
  });

  it("stops at the paragraph's edges, with nothing said to go on", () => {
    expect(passageAt("It is time now for Labour to reflect and reach out")).toEqual({
      before: "",
      exact: "It is time now for Labour to reflect and reach out",
      after: ".",
      cutBefore: false,
      cutAfter: false,
    });
  });

  it("keeps a context that reaches the start or the end of the text whole", () => {
    expect(passageAt("Hendon was")).toMatchObject({ before: "", cutBefore: false });
    expect(passageAt("a recognition")).toMatchObject({ after: ".", cutAfter: false });
  });

  it("takes only words of the stored context, on one line, for any span of any text", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", "é", " ", "\n", "£", "’", "😀", "\t"), maxLength: 200 });
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, i, j) => {
        const [start, end] = [i % (t.length + 1), j % (t.length + 1)].sort((x, y) => x - y) as [number, number];
        let quote;
        try {
          quote = describeSpan(t, start, end).quote;
        } catch {
          return; // a span the anchoring refuses (empty, splitting a character) has no passage
        }
        const p = passageOf(quote);
        expect(p.exact).toBe(quote.exact);
        expect(p.before).not.toMatch(/\n/);
        expect(p.after).not.toMatch(/\n/);
        const squash = (s: string) => s.replace(/\s+/g, " ");
        expect(squash(quote.prefix).endsWith(p.before) || p.before === "").toBe(true);
        expect(squash(quote.suffix).startsWith(p.after) || p.after === "").toBe(true);
        // The context is cut only where the stored one was.
        if (quote.prefix.length < 31) expect(p.cutBefore).toBe(false);
        if (quote.suffix.length < 31) expect(p.cutAfter).toBe(false);
      }),
    );
  });
});
