import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeUpload } from "./decode-upload";
import { prepareImport } from "./prepare-import";
import { canonicalViolations, readFixture } from "./test-support";
import { MAX_IMPORT_BYTES, MAX_TITLE_LENGTH, type ImportErrorCode, type ImportFormat } from "./types";

async function prepared(input: Parameters<typeof prepareImport>[0]) {
  const result = await prepareImport(input);
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.message}`);
  return result;
}

async function refusal(input: Parameters<typeof prepareImport>[0]) {
  const result = await prepareImport(input);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.text.slice(0, 40))}`);
  return result.error;
}

describe("prepareImport", () => {
  it.each<[ImportFormat, string]>([
    ["text", "article.txt"],
    ["markdown", "article.md"],
    ["html", "article.html"],
  ])("gives canonical text for the %s fixture", async (format, name) => {
    const { text } = await prepared({ content: readFixture(name), format });
    expect(canonicalViolations(text)).toEqual([]);
    expect(text).toContain("Mr Khan said: “We have frozen fares for the fourth year running.”");
  });

  it("normalises plain text, keeps all of it and makes every line a paragraph", async () => {
    expect(
      await prepared({ content: "  First\tline.  \r\nSecond line.\r\n\r\n\r\n\r\nCafe\u0301 “£5”.\r\n", format: "text" }),
    ).toMatchObject({
      text: "First line.\n\nSecond line.\n\nCafé “£5”.",
      title: "First line.",
    });
  });

  it("never lets a script into the text, whatever the format", async () => {
    expect((await prepared({ content: "<p>ok</p><script>SECRET()</script>", format: "html" })).text).toBe("ok");
    expect((await prepared({ content: "ok\n\n<script>SECRET()</script>", format: "markdown" })).text).toBe("ok");
  });
});

describe("prepareImport titles", () => {
  const longLine =
    "Council freezes fares for a fourth year, but critics say the £1.2bn gap in the transport budget has been “quietly ignored” by the mayor’s office.";

  it("derives a plain-text title from the first line, cut at a word boundary with an ellipsis", async () => {
    const result = await prepared({ content: readFixture("article.txt"), format: "text" });
    expect(result.title).toBe(
      "Council freezes fares for a fourth year, but critics say the £1.2bn gap in the transport budget has been “quietly…",
    );
    expect(result.text.startsWith(`${longLine}\n\n`)).toBe(true);
  });

  it("leaves a first line of up to 120 characters whole", async () => {
    const line = `${"x".repeat(119)}.`;
    expect((await prepared({ content: `${line}\nMore.`, format: "text" })).title).toBe(line);
  });

  it("cuts a long first line to at most 120 characters plus the ellipsis, dropping trailing punctuation", async () => {
    const title = (await prepared({ content: `${"word, ".repeat(40)}end`, format: "text" })).title;
    expect(title).toBe(`${"word, ".repeat(19)}word…`);
    expect(title.length).toBeLessThanOrEqual(121);
  });

  it("cuts a single overlong word without splitting an emoji", async () => {
    expect((await prepared({ content: "a".repeat(200), format: "text" })).title).toBe(`${"a".repeat(120)}…`);
    expect((await prepared({ content: `${"a".repeat(119)}😀😀`, format: "text" })).title).toBe(`${"a".repeat(119)}…`);
  });

  it("takes a Markdown title from its first heading and leaves the heading in the text", async () => {
    const result = await prepared({ content: readFixture("article.md"), format: "markdown" });
    expect(result.title).toBe("Fares frozen – again");
    expect(result.text).toMatch(/^By our transport correspondent\n\nFares frozen – again\n\n/);
  });

  it("takes an HTML title from <title> without the site's name, else the first <h1>, leaving the heading in the text", async () => {
    expect((await prepared({ content: readFixture("article.html"), format: "html" })).title).toBe("Fares frozen again, says mayor");
    expect(await prepared({ content: "<h1>Heading</h1><p>Body</p>", format: "html" })).toMatchObject({
      title: "Heading",
      text: "Heading\n\nBody",
    });
  });

  it("falls back to the first line when the document has no heading", async () => {
    expect((await prepared({ content: "Just text.\n\nMore.", format: "markdown" })).title).toBe("Just text.");
    expect((await prepared({ content: "<p>Line one<br>line two</p>", format: "html" })).title).toBe("Line one");
  });

  it("cuts an overlong document title to the title limit instead of refusing it", async () => {
    const title = (await prepared({ content: `# ${"heading ".repeat(60)}`, format: "markdown" })).title;
    expect(title.endsWith("heading…")).toBe(true);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH + 1);
  });

  it("prefers a typed title, trimmed and on one line", async () => {
    expect((await prepared({ content: "# Heading", format: "markdown", title: "  My \n  title\t" })).title).toBe("My title");
    expect((await prepared({ content: "Text.", format: "text", title: "Cafe\u0301" })).title).toBe("Café");
  });

  it("ignores a blank or missing typed title", async () => {
    expect((await prepared({ content: "# Heading", format: "markdown", title: "   " })).title).toBe("Heading");
    expect((await prepared({ content: "# Heading", format: "markdown", title: null })).title).toBe("Heading");
  });

  it("accepts a typed title of exactly the limit and refuses a longer one", async () => {
    expect((await prepared({ content: "Text.", format: "text", title: "x".repeat(MAX_TITLE_LENGTH) })).title).toHaveLength(
      MAX_TITLE_LENGTH,
    );
    expect(await refusal({ content: "Text.", format: "text", title: ` ${"x".repeat(MAX_TITLE_LENGTH + 1)} ` })).toEqual({
      code: "TITLE_TOO_LONG",
      message: "The title is 301 characters; the limit is 300.",
    });
  });
});

describe("prepareImport refusals", () => {
  it.each<[string, string, ImportFormat]>([
    ["blank text", " \r\n\t\u200b\n", "text"],
    [
      "HTML with only scripts, navigation and empty paragraphs",
      "<nav>Menu</nav><script>x()</script><p> &nbsp; </p><img alt='pic'>",
      "html",
    ],
    ["Markdown with only an image and a script", "![pic](x.png)\n\n<script>x()</script>", "markdown"],
  ])("refuses %s as NO_TEXT", async (_case, content, format) => {
    expect(await refusal({ content, format })).toEqual({
      code: "NO_TEXT",
      message: "No article text was found. Check that it holds the article itself.",
    });
  });

  it("refuses a format it does not know as UNSUPPORTED_TYPE", async () => {
    expect((await refusal({ content: "text", format: "pdf" as ImportFormat })).code).toBe("UNSUPPORTED_TYPE");
    expect((await refusal({ content: "text", format: "constructor" as ImportFormat })).code).toBe("UNSUPPORTED_TYPE");
  });

  it("refuses pasted text over the limit as TOO_LARGE, counting bytes rather than characters", async () => {
    // Half as many characters as the limit has bytes, plus one: over the limit only in bytes.
    const pounds = `${"£".repeat(MAX_IMPORT_BYTES / 2)}a`;
    expect(await refusal({ content: pounds, format: "text" })).toEqual({
      code: "TOO_LARGE",
      message: "The text is 2.000001 MB; the limit is 2 MB.",
    });
  });

  it("words every error code as a sentence for the person importing", async () => {
    const errors = [
      decodeUpload(new Uint8Array(0)),
      decodeUpload(new Uint8Array(MAX_IMPORT_BYTES + 1)),
      decodeUpload(new Uint8Array([0x41, 0x00])),
      decodeUpload(new Uint8Array([0xe9])),
      await prepareImport({ content: "x", format: "doc" as ImportFormat }),
      await prepareImport({ content: "\n", format: "text" }),
      await prepareImport({ content: "x", format: "text", title: "x".repeat(400) }),
    ].map((result) => (result.ok ? null : result.error));
    const codes: ImportErrorCode[] = ["EMPTY", "TOO_LARGE", "BINARY", "NOT_UTF8", "UNSUPPORTED_TYPE", "NO_TEXT", "TITLE_TOO_LONG"];
    expect(errors.map((error) => error?.code)).toEqual(codes);
    for (const error of errors) expect(error?.message).toMatch(/^[A-Z].*\.$/);
  });
});

describe("prepareImport contentHash", () => {
  const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

  it("is the SHA-256 hex of the canonical text", async () => {
    expect((await prepared({ content: "abc", format: "text" })).contentHash).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    const result = await prepared({ content: readFixture("article.html"), format: "html" });
    expect(result.contentHash).toBe(sha256(result.text));
  });

  it("is stable across calls and the same for CRLF and LF versions of a text", async () => {
    const crlf = readFixture("article.txt");
    expect(crlf).toContain("\r\n");
    const lf = crlf.replace(/\r\n/g, "\n");
    const hashes = await Promise.all(
      [crlf, crlf, lf, `${lf}\n\n`].map(async (content) => (await prepared({ content, format: "text" })).contentHash),
    );
    expect(new Set(hashes).size).toBe(1);
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("differs when the text differs", async () => {
    expect((await prepared({ content: "Prices rose.", format: "text" })).contentHash).not.toBe(
      (await prepared({ content: "Prices fell.", format: "text" })).contentHash,
    );
  });

  it("ignores the typed title", async () => {
    expect((await prepared({ content: "Text.", format: "text", title: "A" })).contentHash).toBe(
      (await prepared({ content: "Text.", format: "text", title: "B" })).contentHash,
    );
  });
});
