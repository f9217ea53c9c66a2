import { describe, expect, it } from "vitest";
import { anchor, MIN_FUZZY_SCORE } from "./anchor";
import { describeSpan } from "./describe-span";
import type { AnchorMethod, AnchorSelectors } from "./types";
import { validateSpan } from "./validate-span";

// Offsets of the nth occurrence of `fragment`, so tests state spans by their text.
function spanOf(text: string, fragment: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(fragment, start + 1);
    if (start === -1) throw new Error(`occurrence ${occurrence} of "${fragment}" not in text`);
  }
  return { start, end: start + fragment.length };
}

// The result anchor() should give: the span of `fragment` in `text`, found by `method`.
function at(text: string, fragment: string, method: AnchorMethod, occurrence = 0) {
  return { ...spanOf(text, fragment, occurrence), method };
}

function annotate(text: string, fragment: string, occurrence = 0): AnchorSelectors {
  const { start, end } = spanOf(text, fragment, occurrence);
  return describeSpan(text, start, end);
}

const ARTICLE = [
  "The minister said unemployment fell to 3.2% last year, the lowest rate since 1975.",
  "Critics said the figure ignored 400,000 people on zero-hours contracts.",
  "The Treasury estimated the policy would cost £350m over five years.",
  "Labour’s spokesperson called the claim “deeply misleading” on Tuesday.",
].join("\n\n");

describe("anchor: exact position", () => {
  it("keeps the stored offsets when the text is unchanged", () => {
    const selectors = annotate(ARTICLE, "fell to 3.2%");
    expect(anchor(ARTICLE, selectors)).toEqual(at(ARTICLE, "fell to 3.2%", "position"));
  });

  it("keeps the stored offsets when the text after the span changed", () => {
    const selectors = annotate(ARTICLE, "fell to 3.2%");
    const corrected = ARTICLE.replace("£350m", "£420m").replace("Tuesday", "Wednesday");
    expect(anchor(corrected, selectors)).toEqual({ start: 31, end: 43, method: "position" });
    expect(corrected.slice(31, 43)).toBe("fell to 3.2%");
  });

  it("keeps the stored offsets when text just before the span changed but not its length", () => {
    const selectors = annotate(ARTICLE, "£350m");
    const corrected = ARTICLE.replace("would cost", "could cost");
    expect(anchor(corrected, selectors)).toEqual(at(ARTICLE, "£350m", "position"));
  });

  it("ignores a position whose length does not match the quote", () => {
    const selectors = annotate(ARTICLE, "£350m");
    const broken: AnchorSelectors = { ...selectors, position: { type: "TextPositionSelector", start: 0, end: 3 } };
    expect(anchor(ARTICLE, broken)).toMatchObject(at(ARTICLE, "£350m", "quote"));
  });
});

describe("anchor: exact quote", () => {
  it("follows a span moved by an insertion before it", () => {
    const selectors = annotate(ARTICLE, "£350m over five years");
    const insertion = "Correction: an earlier version misstated the date. ";
    const corrected = insertion + ARTICLE;
    const expected = ARTICLE.indexOf("£350m") + insertion.length;
    expect(anchor(corrected, selectors)).toMatchObject({ start: expected, end: expected + 21, method: "quote" });
    expect(anchor(corrected, selectors)?.score).toBeCloseTo(1, 2);
  });

  it("follows a span moved by a deletion before it", () => {
    const selectors = annotate(ARTICLE, "“deeply misleading”");
    const corrected = ARTICLE.replace(" on zero-hours contracts", "");
    const start = corrected.indexOf("“deeply");
    expect(anchor(corrected, selectors)).toMatchObject({ start, end: start + 19, method: "quote" });
    expect(start).toBe(ARTICLE.indexOf("“deeply") - 24);
  });

  it("works without a stored position", () => {
    const { quote } = annotate(ARTICLE, "zero-hours contracts");
    expect(anchor(ARTICLE, { quote })).toMatchObject(at(ARTICLE, "zero-hours contracts", "quote"));
  });

  it("returns null for an empty quote", () => {
    expect(anchor(ARTICLE, { quote: { type: "TextQuoteSelector", exact: "", prefix: "", suffix: "" } })).toBeNull();
  });
});

describe("anchor: repeated phrases", () => {
  const REPEATED = [
    "In March the tax rose by 2p, the Treasury said.",
    "In April the tax rose by 2p, the opposition said.",
    "In May the tax rose by 2p, nobody said anything.",
  ].join(" ");

  it("uses the context to pick the right occurrence after the text moved", () => {
    const selectors = annotate(REPEATED, "the tax rose by 2p", 1);
    const corrected = `Update: figures revised. ${REPEATED}`;
    const expected = spanOf(corrected, "the tax rose by 2p", 1);
    expect(anchor(corrected, selectors)).toMatchObject({ ...expected, method: "quote" });
  });

  it("picks the occurrence whose context matches even when another is nearer the old offset", () => {
    const selectors = annotate(REPEATED, "the tax rose by 2p", 2);
    // Deleting the first sentence moves the third occurrence away from its old offset and the
    // second occurrence near it, but only the third has the stored context.
    const corrected = REPEATED.replace("In March the tax rose by 2p, the Treasury said. ", "");
    const expected = spanOf(corrected, "the tax rose by 2p", 1);
    expect(anchor(corrected, selectors)).toMatchObject({ ...expected, method: "quote" });
  });

  it("does not trust the old offset when an edit slid another occurrence into place", () => {
    const selectors = annotate(REPEATED, "the tax rose by 2p", 1);
    const first = spanOf(REPEATED, "the tax rose by 2p", 0).start;
    const second = spanOf(REPEATED, "the tax rose by 2p", 1).start;
    // Exactly as many characters as separate the two occurrences.
    const corrected = "x".repeat(second - first - 1) + ` ${REPEATED}`;
    expect(corrected.slice(second, second + 18)).toBe("the tax rose by 2p");
    expect(anchor(corrected, selectors)).toMatchObject({ start: 2 * second - first, method: "quote" });
  });

  it("prefers the occurrence nearest the stored position when the contexts tie", () => {
    const same = "abc phrase xyz. abc phrase xyz. abc phrase xyz.";
    const selectors = annotate(same, "phrase", 2);
    // The context window covers all three occurrences alike, so position decides.
    const quote = { ...selectors.quote, prefix: "abc ", suffix: " xyz." };
    const moved = `Lead. ${same}`;
    expect(anchor(moved, { position: selectors.position, quote })).toMatchObject({
      ...spanOf(moved, "phrase", 2),
      method: "quote",
    });
    expect(anchor(moved, { position: { type: "TextPositionSelector", start: 4, end: 10 }, quote })).toMatchObject({
      ...spanOf(moved, "phrase", 0),
      method: "quote",
    });
  });
});

describe("anchor: fuzzy", () => {
  it("re-anchors a span whose figure was corrected inside it", () => {
    const selectors = annotate(ARTICLE, "unemployment fell to 3.2% last year");
    const corrected = ARTICLE.replace("3.2%", "3.4%");
    const expected = spanOf(corrected, "unemployment fell to 3.4% last year");
    const result = anchor(corrected, selectors);
    expect(result).toMatchObject({ ...expected, method: "fuzzy" });
    expect(result?.score).toBeGreaterThan(0.95);
  });

  it("re-anchors a span whose length changed inside it and which also moved", () => {
    const selectors = annotate(ARTICLE, "the policy would cost £350m over five years");
    const corrected = `Updated. ${ARTICLE.replace("£350m", "£1.2bn")}`;
    const expected = spanOf(corrected, "the policy would cost £1.2bn over five years");
    expect(anchor(corrected, selectors)).toMatchObject({ ...expected, method: "fuzzy" });
  });

  it("re-anchors a span whose middle and last words were edited, ending on the new word's edge", () => {
    const selectors = annotate(ARTICLE, "Critics said the figure ignored 400,000 people");
    const corrected = ARTICLE.replace(
      "Critics said the figure ignored 400,000 people",
      "Critics argued the figure ignored 400,000 workers",
    );
    const expected = spanOf(corrected, "Critics argued the figure ignored 400,000 workers");
    expect(anchor(corrected, selectors)).toMatchObject({ ...expected, method: "fuzzy" });
  });

  it("orphans a span that was deleted entirely", () => {
    const selectors = annotate(ARTICLE, "the lowest rate since 1975");
    const corrected = ARTICLE.replace(", the lowest rate since 1975", "");
    expect(anchor(corrected, selectors)).toBeNull();
  });

  it("orphans a deleted sentence even though a similar sentence remains", () => {
    const text = "Sales rose 5% in May, the firm said. Profits fell. Sales rose 4% in June, analysts said.";
    const selectors = annotate(text, "Sales rose 5% in May");
    const corrected = text.replace("Sales rose 5% in May, the firm said. ", "");
    expect(anchor(corrected, selectors)).toBeNull();
  });

  it("orphans a short quote whose only remaining occurrences have unrelated context", () => {
    const text = "He paid £5m for the house. Later the club spent £5m on a striker.";
    const selectors = annotate(text, "£5m");
    const corrected = text.replace("He paid £5m for the house. ", "");
    expect(anchor(corrected, selectors)).toBeNull();
  });

  it("keeps a long quote that moved into entirely new surroundings", () => {
    const sentence = "unemployment fell to its lowest rate since 1975";
    const text = `Officials said ${sentence} according to figures.`;
    const selectors = annotate(text, sentence);
    const corrected = `A new introduction was written. Remarkably, ${sentence}! More text follows here.`;
    expect(anchor(corrected, selectors)).toMatchObject({ ...spanOf(corrected, sentence), method: "quote" });
  });

  it("orphans a quote rewritten beyond the error budget", () => {
    const selectors = annotate(ARTICLE, "Critics said the figure ignored 400,000 people");
    const corrected = ARTICLE.replace("Critics said the figure ignored 400,000 people", "Opponents noted that data left out many staff");
    expect(anchor(corrected, selectors)).toBeNull();
  });

  it("uses the context to choose between two edited copies of a repeated phrase", () => {
    const text = "Alpha report: costs rose by 12% this year. Beta report: costs rose by 12% this year. End.";
    const selectors = annotate(text, "costs rose by 12% this year", 1);
    const corrected = text
      .replace("costs rose by 12% this year", "costs rose by 13% this year")
      .replace("Beta report: costs rose by 12% this year", "Beta report: costs rose by 14% this yr");
    expect(anchor(corrected, selectors)).toMatchObject(at(corrected, "costs rose by 14% this yr", "fuzzy"));
  });

  it("finds an edited occurrence even though an unrelated exact one remains", () => {
    const text = "The firm said sales rose 5% in May and June. Elsewhere, prices rose 5% in May.";
    const selectors = annotate(text, "rose 5% in May");
    const corrected = text.replace("sales rose 5% in May", "sales rose 6% in May");
    expect(anchor(corrected, selectors)).toMatchObject(at(corrected, "rose 6% in May", "fuzzy"));
  });

  it("can be limited to exact matches", () => {
    const selectors = annotate(ARTICLE, "unemployment fell to 3.2% last year");
    const corrected = ARTICLE.replace("3.2%", "3.4%");
    expect(anchor(corrected, selectors, { fuzzy: false })).toBeNull();
  });

  it("applies a stricter minimum score when asked", () => {
    const selectors = annotate(ARTICLE, "unemployment fell to 3.2% last year");
    const corrected = ARTICLE.replace("unemployment fell to 3.2% last year", "unemployment dropped to 3.4% last year");
    const result = anchor(corrected, selectors);
    expect(result).toMatchObject(at(corrected, "unemployment dropped to 3.4% last year", "fuzzy"));
    expect(result?.score).toBeGreaterThanOrEqual(MIN_FUZZY_SCORE);
    expect(anchor(corrected, selectors, { minFuzzyScore: 0.95 })).toBeNull();
  });

  it("does not try fuzzy matching for quotes too short to allow an error", () => {
    const text = "The cat sat on the mat.";
    const selectors = annotate(text, "cat");
    expect(anchor(text.replace("cat", "cot"), selectors)).toBeNull();
  });
});

describe("anchor: whitespace changes", () => {
  it("re-anchors a span whose internal spaces were doubled", () => {
    const selectors = annotate(ARTICLE, "the policy would cost £350m over five years");
    const corrected = ARTICLE.replace("would cost £350m", "would  cost  £350m");
    const expected = spanOf(corrected, "the policy would  cost  £350m over five years");
    expect(anchor(corrected, selectors)).toMatchObject({ ...expected, method: "fuzzy" });
  });

  it("re-anchors a span that crossed a paragraph break after the break became a space", () => {
    const selectors = annotate(ARTICLE, "since 1975.\n\nCritics said");
    const corrected = ARTICLE.replace("1975.\n\nCritics", "1975. Critics");
    expect(anchor(corrected, selectors)).toMatchObject(at(corrected, "since 1975. Critics said", "fuzzy"));
  });

  it("re-anchors a span whose line break became a space", () => {
    const text = "First line of the poem\nsecond line of the poem\nthird line";
    const selectors = annotate(text, "of the poem\nsecond line");
    const corrected = text.replace("poem\nsecond", "poem second");
    expect(anchor(corrected, selectors)).toMatchObject(at(corrected, "of the poem second line", "fuzzy"));
  });

  it("follows a span moved by whitespace changes before it, exactly", () => {
    const selectors = annotate(ARTICLE, "zero-hours contracts");
    const corrected = ARTICLE.replace("\n\n", "\n").replace("The minister said", "The  minister  said");
    expect(anchor(corrected, selectors)).toMatchObject(at(corrected, "zero-hours contracts", "quote"));
  });
});

describe("anchor: Unicode", () => {
  it("follows curly quotes and £ after an emoji was inserted before them", () => {
    const selectors = annotate(ARTICLE, "“deeply misleading”");
    const corrected = `📢 ${ARTICLE}`;
    const start = ARTICLE.indexOf("“deeply") + 3;
    expect(anchor(corrected, selectors)).toMatchObject({ start, end: start + 19, method: "quote" });
  });

  it("re-anchors when straight quotes were corrected to curly ones", () => {
    const text = 'The spokesperson called it "deeply misleading" on Tuesday evening.';
    const selectors = annotate(text, 'called it "deeply misleading" on Tuesday');
    const corrected = text.replace('"deeply misleading"', "“deeply misleading”");
    expect(anchor(corrected, selectors)).toMatchObject(at(corrected, "called it “deeply misleading” on Tuesday", "fuzzy"));
  });

  it("re-anchors when an apostrophe was curled inside the span", () => {
    const text = "Labour's spokesperson rejected the figures on Tuesday.";
    const selectors = annotate(text, "Labour's spokesperson rejected");
    const corrected = text.replace("Labour's", "Labour’s");
    expect(anchor(corrected, selectors)).toMatchObject({ start: 0, end: 30, method: "fuzzy" });
  });

  it("re-anchors a span containing an emoji that was swapped", () => {
    const text = "Fans reacted 😀😀 to the £50m signing announced on Friday.";
    const selectors = annotate(text, "reacted 😀😀 to the £50m signing");
    const corrected = `Breaking. ${text.replace("😀😀", "😡😡")}`;
    const result = anchor(corrected, selectors);
    const expected = spanOf(corrected, "reacted 😡😡 to the £50m signing");
    expect(result).toMatchObject({ ...expected, method: "fuzzy" });
  });

  it("never returns a fuzzy span that splits an emoji", () => {
    const text = "The club's owner posted 🎉 then deleted it 🙈 within the hour, fans said.";
    const selectors = annotate(text, "posted 🎉 then deleted it 🙈");
    const corrected = text.replace("🎉", "🥳").replace("🙈", "🙉");
    const result = anchor(corrected, selectors);
    expect(result).toMatchObject(at(corrected, "posted 🥳 then deleted it 🙉", "fuzzy"));
    if (!result) return;
    expect(validateSpan(corrected, result.start, result.end)).toEqual({ ok: true });
  });

  it("re-anchors a span whose accent changed from precomposed to combining form", () => {
    const text = "The café on the corner charged £4 for coffee.";
    const selectors = annotate(text, "The café on the corner");
    const corrected = text.replace("café", "cafe\u0301");
    expect(anchor(corrected, selectors)).toMatchObject({ start: 0, end: 23, method: "fuzzy" });
  });

  it("follows a span after combining accents were added before it", () => {
    const text = "Jose spoke first. Then the cafe owner said prices rose by 10%.";
    const selectors = annotate(text, "prices rose by 10%");
    const corrected = text.replace("Jose", "Jose\u0301").replace("cafe", "cafe\u0301");
    const start = text.indexOf("prices") + 2;
    expect(anchor(corrected, selectors)).toMatchObject({ start, end: start + 18, method: "quote" });
  });
});

describe("anchor: context at the text edges", () => {
  it("re-anchors a span at the very start after text was prepended", () => {
    const selectors = annotate(ARTICLE, "The minister said unemployment");
    expect(selectors.quote.prefix).toBe("");
    const corrected = `Headline here\n\n${ARTICLE}`;
    expect(anchor(corrected, selectors)).toMatchObject({ start: 15, end: 45, method: "quote" });
  });

  it("re-anchors a span at the very end after a typo in it was fixed", () => {
    const text = "Short intro. The closing line has a typo in teh end";
    const selectors = annotate(text, "a typo in teh end");
    expect(selectors.quote.suffix).toBe("");
    const corrected = text.replace("teh", "the");
    expect(anchor(corrected, selectors)).toMatchObject({ start: 34, end: 51, method: "fuzzy" });
    expect(corrected.slice(34, 51)).toBe("a typo in the end");
  });
});

describe("anchor: likelyStart", () => {
  it("takes the quote at the likely start when its whole context is there", () => {
    const selectors = annotate(ARTICLE, "zero-hours contracts");
    const corrected = `Prefix. ${ARTICLE}`;
    const start = (selectors.position?.start ?? 0) + 8;
    const result = anchor(corrected, selectors, { likelyStart: start });
    expect(result).toMatchObject({ start, end: start + 20, method: "quote" });
  });

  it("ignores a likely start that does not hold the quote", () => {
    const selectors = annotate(ARTICLE, "zero-hours contracts");
    const corrected = `Prefix. ${ARTICLE}`;
    expect(anchor(corrected, selectors, { likelyStart: 3 })).toMatchObject(at(corrected, "zero-hours contracts", "quote"));
    expect(anchor(corrected, selectors, { likelyStart: -5 })).toMatchObject({ method: "quote" });
  });

  it("finds a fuzzy match far from the likely start by scanning the whole text", () => {
    const filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(60);
    const text = `${filler}The budget deficit reached £40bn in the last quarter, officials said. ${filler}`;
    const selectors = annotate(text, "The budget deficit reached £40bn in the last quarter");
    const corrected = text.replace("£40bn", "£41bn");
    const result = anchor(corrected, selectors, { likelyStart: corrected.length - 10 });
    expect(result).toMatchObject(at(corrected, "The budget deficit reached £41bn in the last quarter", "fuzzy"));
  });
});
