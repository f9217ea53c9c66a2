import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeUpload, formatFromFileName, htmlToCanonical, markdownToCanonical, MAX_IMPORT_BYTES, normaliseText, prepareImport } from "./index";

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, "fixtures", name));

describe("normaliseText", () => {
  it("produces the canonical form", () => {
    expect(normaliseText("\ufeff  Title\t here  \r\n\r\n\r\n\r\nBody\u200b text  \rnext line \n\n")).toBe("Title here\n\nBody text\nnext line");
  });

  it("composes to NFC and keeps curly quotes, £ and emoji", () => {
    expect(normaliseText("Cafe\u0301 “quoted” £5 😀")).toBe("Café “quoted” £5 😀");
  });

  it("is idempotent", () => {
    const once = normaliseText(fixture("article.txt").toString("utf8"));
    expect(normaliseText(once)).toBe(once);
  });
});

describe("decodeUpload", () => {
  it("decodes UTF-8 and drops the byte order mark", () => {
    expect(decodeUpload(new Uint8Array([0xef, 0xbb, 0xbf, 0xc2, 0xa3, 0x35]))).toEqual({ ok: true, text: "£5" });
  });

  it.each([
    ["empty", new Uint8Array(0), "EMPTY", "The file is empty."],
    ["only whitespace", new TextEncoder().encode("  \n\t "), "EMPTY", "The file is empty."],
    ["too large", new Uint8Array(MAX_IMPORT_BYTES + 1).fill(97), "TOO_LARGE", "The file is 2.0 MB; the limit is 2 MB."],
    ["binary (NUL bytes)", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]), "BINARY", /binary file/],
    ["Latin-1", new Uint8Array([0x43, 0x61, 0x66, 0xe9]), "NOT_UTF8", "This file is not UTF-8 text. Save it as UTF-8 and try again."],
  ])("refuses a file that is %s", (_name, bytes, code, message) => {
    const result = decodeUpload(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(message);
    }
  });
});

describe("formatFromFileName", () => {
  it.each([
    ["a.TXT", "text"],
    ["notes.md", "markdown"],
    ["page.htm", "html"],
    ["scan.pdf", null],
    ["noextension", null],
  ])("%s → %s", (name, format) => expect(formatFromFileName(name)).toBe(format));
});

describe("htmlToCanonical", () => {
  const { text, title } = htmlToCanonical(fixture("article.html").toString("utf8"));

  it("keeps paragraphs and line breaks, link text and list items", () => {
    expect(text).toBe(
      [
        "Fares frozen – again",
        "Mr Khan said: “We have frozen fares for the fourth year running.”",
        "Critics said the £1.2bn gap was ignored.\nA second line.",
        "• Buses\n• Trams",
      ].join("\n\n"),
    );
  });

  it("never lets scripts, styles, navigation or addresses through", () => {
    expect(text).not.toMatch(/tracking|document\.write|color: red|NewsArticle|Home|Enable JavaScript|example\.org|The Paper/);
  });

  it("takes the title from <title>", () => expect(title).toBe("Fares frozen again, says mayor"));
});

describe("markdownToCanonical", () => {
  const { text, title } = markdownToCanonical(fixture("article.md").toString("utf8"));

  it("keeps the text without markup", () => {
    expect(text).toBe(
      ["Intro line before the heading.", "Fares frozen again", "Mr Khan said: “We have frozen fares for the fourth year running.”", "Critics said the £1.2bn gap was ignored.", "• Buses\n• Trams"].join("\n\n"),
    );
  });

  it("takes the title from the first heading", () => expect(title).toBe("Fares frozen again"));
});

describe("prepareImport", () => {
  const txt = fixture("article.txt").toString("utf8");

  it("makes every line of plain text a paragraph, with or without blank lines between", () => {
    const result = prepareImport({ content: "First paragraph.\nSecond paragraph.\n\n\nThird.", format: "text" });
    expect(result).toMatchObject({ ok: true, text: "First paragraph.\n\nSecond paragraph.\n\nThird." });
  });

  it("titles plain text by its first line and keeps all of it", () => {
    const result = prepareImport({ content: "Short first line.\n\nMore.", format: "text" });
    expect(result).toMatchObject({ ok: true, title: "Short first line.", text: "Short first line.\n\nMore." });
  });

  it("cuts a long first line at a word boundary", () => {
    const result = prepareImport({ content: txt, format: "text" });
    expect(result.ok && result.title).toBe("Mr Khan said: “We have frozen fares for the fourth year running.”");
    const long = prepareImport({ content: `${"word ".repeat(60)}end`, format: "text" });
    expect(long.ok && long.title.endsWith("word…")).toBe(true);
    expect(long.ok && long.title.length).toBeLessThanOrEqual(121);
  });

  it("prefers a typed title, and refuses one that is too long", () => {
    expect(prepareImport({ content: txt, format: "text", title: "  My   title " })).toMatchObject({ ok: true, title: "My title" });
    expect(prepareImport({ content: txt, format: "text", title: "x".repeat(301) })).toMatchObject({ ok: false, error: { code: "TITLE_TOO_LONG" } });
  });

  it("gives the same hash for CRLF and LF versions of the same text", () => {
    const a = prepareImport({ content: txt, format: "text" });
    const b = prepareImport({ content: txt.replace(/\r\n/g, "\n"), format: "text" });
    expect(a.ok && b.ok && a.contentHash === b.contentHash).toBe(true);
    expect(a.ok && a.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses HTML that holds no text", () => {
    expect(prepareImport({ content: "<script>alert(1)</script><p>  </p>", format: "html" })).toMatchObject({ ok: false, error: { code: "NO_TEXT" } });
  });
});
