import { describe, expect, it } from "vitest";
import { MAX_RICH_TEXT_CHARS, plainText, richTextSchema } from "./rich-text";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const p = (...content: unknown[]) => ({ type: "paragraph", content });
const t = (text: string, marks?: unknown[]) => (marks ? { type: "text", text, marks } : { type: "text", text });

describe("richTextSchema", () => {
  it("accepts bold, italic, links and both kinds of list", () => {
    const value = doc(
      p(
        t("The "),
        t("ONS", [{ type: "bold" }]),
        t(" says "),
        t("otherwise", [{ type: "italic" }, { type: "link", attrs: { href: "https://ONS.gov.uk/x?utm_source=a" } }]),
      ),
      { type: "bulletList", content: [{ type: "listItem", content: [p(t("one"))] }] },
      { type: "orderedList", content: [{ type: "listItem", content: [p(t("two"))] }] },
    );
    const parsed = richTextSchema.parse(value);
    expect(parsed.content).toHaveLength(3);
    expect(JSON.stringify(parsed)).toContain('"href":"https://ons.gov.uk/x"');
    expect(plainText(parsed)).toBe("The ONS says otherwise\none\ntwo");
  });

  it("strips attributes it does not know", () => {
    const parsed = richTextSchema.parse(
      doc(p(t("x", [{ type: "link", attrs: { href: "https://a.org/", target: "_blank", onclick: "evil()" } }]))),
    );
    expect(JSON.stringify(parsed)).not.toMatch(/onclick|target/);
  });

  it.each([
    ["a javascript: link", doc(p(t("x", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]))), /Link refused/],
    ["a heading", doc({ type: "heading", attrs: { level: 1 }, content: [t("x")] }), /./],
    ["an image", doc(p({ type: "image", attrs: { src: "https://a.org/x.png" } })), /./],
    ["a code mark", doc(p(t("x", [{ type: "code" }]))), /./],
    ["raw HTML as a node", doc({ type: "html", content: "<script>" }), /./],
    ["a string", "<b>hi</b>", /./],
    ["too much text", doc(p(t("a".repeat(MAX_RICH_TEXT_CHARS + 1)))), /too long/],
  ])("refuses %s", (_name, value, message) => {
    const result = richTextSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(" ")).toMatch(message);
  });
});
