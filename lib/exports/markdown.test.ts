import { describe, expect, it } from "vitest";
import { marked } from "marked";
import { renderMarkdown } from "./markdown";
import { HOSTILE, hostileModel, plainModel } from "./test-fixtures";

describe("Markdown export", () => {
  it("leaves out the line of article details when there are none, rather than print it empty", () => {
    const model = plainModel();
    const bare = { ...model, article: { ...model.article, byline: null, publisher: null, publishedOn: null, sourceUrl: null } };
    const md = renderMarkdown(bare).toString("utf8");
    expect(md).not.toMatch(/\n\n\n/);
    expect(md).toMatch(/^# .+\n\n## Summary/m);
  });

  it("has the findings, verdicts, sources, sign-off and corrections", () => {
    const md = renderMarkdown(plainModel()).toString("utf8");
    expect(md).toContain("**Verdict: Mostly true**");
    expect(md).toContain("[Labour market overview](<https://www.ons.gov.uk/labour>)");
    expect(md).toContain("Audit chain head: `" + "f".repeat(64) + "`");
    expect(md).toContain("Revision 2");
    expect(md).not.toContain("DRAFT");
    expect(
      renderMarkdown(plainModel({ signOff: null }))
        .toString("utf8")
        .startsWith("**DRAFT"),
    ).toBe(true);
  });

  it("never turns hostile text into markup: rendered, it has no script, image or injected link", async () => {
    const md = renderMarkdown(hostileModel()).toString("utf8");
    const html = await marked.parse(md);
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain("&lt;script&gt;");
    expect(md).toContain("🤥");
    expect(md).toContain(HOSTILE.rtl.replace(/[().]/g, "\\$&"));
  });

  it("is byte-identical for the same data", () => {
    expect(renderMarkdown(hostileModel()).equals(renderMarkdown(hostileModel()))).toBe(true);
  });
});
