import { describe, expect, it } from "vitest";
import { nestedInlineHtml, nestedListMarkdown, nestedQuoteMarkdown } from "./hostile/hostile-inputs";
import { htmlNestingDepth, markdownNestingDepth, MAX_HTML_DEPTH, MAX_MARKDOWN_DEPTH, nestingProblem } from "./nesting-limits";

describe("htmlNestingDepth", () => {
  it("counts elements as the parser nests them, applying implied end tags", () => {
    expect(htmlNestingDepth("<div><p>a<b>b</b></p></div>")).toBe(3);
    // Unclosed <p> and <li> close themselves at the next one: a long old-style page stays shallow.
    expect(htmlNestingDepth("<p>a".repeat(5000))).toBe(1);
    expect(htmlNestingDepth(`<ul>${"<li>item".repeat(5000)}</ul>`)).toBe(2);
  });

  it("stops counting once over the limit, quickly even on 2 MB", () => {
    const started = performance.now();
    expect(htmlNestingDepth(nestedInlineHtml(2 * 1024 * 1024))).toBe(MAX_HTML_DEPTH + 1);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("markdownNestingDepth", () => {
  it("counts quote markers, list markers and indentation", () => {
    expect(markdownNestingDepth("# Title\n\nText - with a dash.\n")).toBe(0);
    expect(markdownNestingDepth("> > quoted twice\n")).toBe(2);
    expect(markdownNestingDepth("- a\n    - b\n        - c\n")).toBe(3);
    expect(markdownNestingDepth(nestedQuoteMarkdown(5000))).toBeGreaterThan(MAX_MARKDOWN_DEPTH);
    expect(markdownNestingDepth(nestedListMarkdown(100_000))).toBeGreaterThan(MAX_MARKDOWN_DEPTH);
  });
});

describe("nestingProblem", () => {
  it("refuses what only hostile input has, with a message, and passes ordinary documents", () => {
    expect(nestingProblem(nestedQuoteMarkdown(5000), "markdown")).toMatch(/nests lists or quotes 5000 levels deep; the limit is 64/);
    expect(nestingProblem(nestedInlineHtml(100_000), "html")).toMatch(/nests its elements more than 400 levels deep/);
    expect(nestingProblem("- a\n- b\n\n> quote\n", "markdown")).toBeNull();
    expect(nestingProblem("<article><p>Hello <b>world</b></p></article>", "html")).toBeNull();
  });
});
