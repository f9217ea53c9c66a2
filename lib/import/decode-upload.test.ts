import { describe, expect, it } from "vitest";
import { decodeUpload } from "./decode-upload";
import { formatFromFileName } from "./format-from-file-name";
import { readFixtureBytes } from "./test-support";
import { MAX_IMPORT_BYTES } from "./types";

const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(bytes: Uint8Array) {
  const result = decodeUpload(bytes);
  if (result.ok) throw new Error(`expected a refusal, got text ${JSON.stringify(result.text.slice(0, 40))}`);
  return result.error;
}

describe("decodeUpload", () => {
  it("decodes UTF-8 and drops the byte order mark, changing nothing else", () => {
    expect(decodeUpload(new Uint8Array([0xef, 0xbb, 0xbf, 0xc2, 0xa3, 0x35, 0x0d, 0x0a]))).toEqual({ ok: true, text: "£5\r\n" });
    expect(decodeUpload(utf8("“Quoted” 😀\n"))).toEqual({ ok: true, text: "“Quoted” 😀\n" });
  });

  it("accepts the text fixture", () => {
    const result = decodeUpload(readFixtureBytes("article.txt"));
    expect(result.ok && result.text.startsWith("Council freezes fares")).toBe(true);
  });

  it("accepts a file of exactly the limit", () => {
    expect(decodeUpload(new Uint8Array(MAX_IMPORT_BYTES).fill(0x61)).ok).toBe(true);
  });

  it("accepts the odd stray control character, which normalising removes", () => {
    expect(decodeUpload(utf8(`${"A sentence of text. ".repeat(20)}\u001a`)).ok).toBe(true);
  });

  it.each([
    ["no bytes at all", new Uint8Array(0)],
    ["only whitespace", utf8("  \r\n\t \n")],
    ["only a byte order mark and zero-width spaces", utf8("\ufeff\u200b \u200b")],
  ])("refuses a file with %s as EMPTY", (_case, bytes) => {
    expect(refusal(bytes)).toEqual({ code: "EMPTY", message: "The file is empty." });
  });

  it("refuses a file over the limit as TOO_LARGE, naming its size and the limit", () => {
    const size = Math.round(3.1 * 1024 * 1024);
    expect(refusal(new Uint8Array(size).fill(0x61))).toEqual({ code: "TOO_LARGE", message: "The file is 3.1 MB; the limit is 2 MB." });
  });

  it("never rounds a size just over the limit down to the limit", () => {
    expect(refusal(new Uint8Array(MAX_IMPORT_BYTES + 60_000).fill(0x61)).message).toBe("The file is 2.1 MB; the limit is 2 MB.");
    expect(refusal(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61)).message).toBe("The file is 2.000001 MB; the limit is 2 MB.");
    expect(refusal(new Uint8Array(MAX_IMPORT_BYTES + 40_000).fill(0x61)).message).toBe("The file is 2.04 MB; the limit is 2 MB.");
  });

  it.each([
    ["has NUL bytes (a PNG header)", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])],
    ["has a NUL byte in otherwise plain text", utf8("Plain text\u0000with a NUL")],
    ["is valid UTF-8 but mostly control characters", utf8("\u0001\u0002\u0003\u0004abc\u0005\u0006\u0007\u0008")],
  ])("refuses a file that %s as BINARY", (_case, bytes) => {
    expect(refusal(bytes)).toEqual({
      code: "BINARY",
      message: "This is not a text file. Upload the article as a .txt, .md or .html file.",
    });
  });

  it.each([
    ["Latin-1", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0xa3, 0x35])],
    ["Windows-1252 curly quotes", new Uint8Array([0x93, 0x48, 0x69, 0x94])],
    ["UTF-8 cut off mid-character", new Uint8Array([0x61, 0xe2, 0x80])],
    ["UTF-16 with a byte order mark", new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00])],
  ])("refuses %s as NOT_UTF8", (_case, bytes) => {
    expect(refusal(bytes)).toEqual({ code: "NOT_UTF8", message: "This file is not UTF-8 text. Save it as UTF-8 and try again." });
  });
});

describe("formatFromFileName", () => {
  it.each([
    ["article.txt", "text"],
    ["ARTICLE.TEXT", "text"],
    ["notes.md", "markdown"],
    ["notes.Markdown", "markdown"],
    ["page.html", "html"],
    ["page.htm", "html"],
    ["my.story.final.md", "markdown"],
    ["scan.pdf", null],
    ["archive.txt.gz", null],
    ["noextension", null],
    ["folder.md/file", null],
    ["constructor", null],
    [".constructor", null],
    ["", null],
  ])("%j → %s", (name, format) => {
    expect(formatFromFileName(name)).toBe(format);
  });
});
