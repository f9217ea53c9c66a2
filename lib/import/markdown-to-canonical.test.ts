import { marked } from "marked";
import { afterEach, describe, expect, it } from "vitest";
import { markdownToCanonical } from "./markdown-to-canonical";
import { canonicalViolations, readFixture } from "./test-support";

const text = (md: string) => markdownToCanonical(md).text;

describe("markdownToCanonical on the fixture", () => {
  const result = markdownToCanonical(readFixture("article.md"));

  it("gives exactly this text, without markup, addresses or scripts", () => {
    expect(result.text).toBe(
      [
        "By our transport correspondent",
        "Fares frozen – again",
        "Mr Khan said: “We have frozen fares for the fourth year running.” He spoke at City Hall.",
        "Critics said the £1.2bn gap was ignored.\nIt’s the council’s biggest shortfall.",
        "Reaction",
        "• Bus fares stay at £1.75\n• Tram fares rise by 5p",
        "“It’s a con,” said Ms O’Neill.",
      ].join("\n\n"),
    );
    expect(canonicalViolations(result.text)).toEqual([]);
  });

  it("takes the title from the first heading, whatever its level", () => {
    expect(result.title).toBe("Fares frozen – again");
  });
});

describe("markdownToCanonical", () => {
  it.each([
    ["emphasis, strong, code and strikethrough as plain text", "*a* **b** `c` ~~d~~ _e_", "a b c d e"],
    ["link text without the address", "[the report](https://x.test/a) and <https://y.test>", "the report and https://y.test"],
    ["images as nothing", "a ![alt](x.png) b", "a b"],
    ["a soft line break as a space", "one\ntwo", "one two"],
    ["a hard line break as a line break", "one  \ntwo\\\nthree", "one\ntwo\nthree"],
    ["headings as paragraphs", "# One\nText\n## Two", "One\n\nText\n\nTwo"],
    ["ordered lists numbered", "1. a\n2. b", "1. a\n2. b"],
    ["characters marked escapes as entities", 'AT&T <3 "quotes" it\'s \\*not em\\*', 'AT&T <3 "quotes" it\'s *not em*'],
    ["raw HTML like any HTML", "<div>a</div>\n\n<script>SECRET()</script>\n\nb <span>c</span>", "a\n\nb c"],
    ["a code block with its lines", "```\nx = 1\n\n\ny = 2\n```", "x = 1\n\ny = 2"],
    ["a table", "| A | B |\n|---|---|\n| 1 | 2 |", "A B\n1 2"],
  ])("renders %s", (_case, md, expected) => {
    expect(text(md)).toBe(expected);
  });

  it.each([
    ["an ATX heading", "Intro\n\n### Third level\n\n# First level", "Third level"],
    ["a setext heading", "Title here\n==========\n\nText", "Title here"],
    ["a heading's text without markup", "# *Fares* [frozen](x) `again`", "Fares frozen again"],
    ["null without a heading", "Just a paragraph.\n\nAnother.", null],
  ])("titles %s", (_case, md, expected) => {
    expect(markdownToCanonical(md).title).toBe(expected);
  });

  it("keeps the heading in the text", () => {
    expect(markdownToCanonical("# Heading\n\nBody")).toEqual({ text: "Heading\n\nBody", title: "Heading" });
  });

  afterEach(() => {
    marked.setOptions(marked.getDefaults());
  });

  it("ignores options set on the global marked instance elsewhere", () => {
    marked.use({ breaks: true, gfm: false });
    expect(text("one\ntwo ~~three~~")).toBe("one two three");
  });
});
