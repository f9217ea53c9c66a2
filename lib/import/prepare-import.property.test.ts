import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { nestedInlineHtml, nestedQuoteMarkdown } from "./hostile/hostile-inputs";
import { prepareImport } from "./prepare-import";
import { canonicalViolations } from "./test-support";
import type { ImportFormat } from "./types";

// Pieces that stress the parsers: unclosed and nested tags, scripts, entities, Markdown markers,
// lone surrogates and controls. Joined at random, they make documents no fixture would.
const PIECES = [
  "<b>",
  "<i>",
  "</b>",
  "<p>",
  "</p>",
  "<ul>",
  "<li>",
  "<table><tr><td>",
  "<script>alert(1)</script>",
  "<!--",
  "-->",
  "<style>x{}</style>",
  "&amp;",
  "&#0;",
  "&#xD800;",
  "<h1>",
  "</h1>",
  "<div hidden>",
  "<template>",
  "- ",
  "> ",
  "# ",
  "1. ",
  "```",
  "    ",
  "*",
  "_",
  "[a](javascript:x)",
  "\n",
  "\n\n",
  "\r",
  "\t",
  "\u0000",
  "\ud800",
  "\u200b",
  "word",
  "£5 “quoted”",
];
const hostileDocument = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 8 })), {
    maxLength: 200,
  })
  .map((parts) => parts.join(""));
const format = fc.constantFrom<ImportFormat>("text", "markdown", "html");

function isTextOutsideScripts(html: string, words: string): boolean {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const script of document.querySelectorAll("script")) script.remove();
  return (document.documentElement.textContent ?? "").includes(words);
}

describe("prepareImport on hostile input", () => {
  it("never throws: it answers canonical text with a title and a hash, or a refusal with a message", async () => {
    await fc.assert(
      fc.asyncProperty(hostileDocument, format, fc.option(fc.string({ maxLength: 400 })), async (content, kind, title) => {
        const result = await prepareImport({ content, format: kind, title });
        if (result.ok) {
          expect(result.text.length).toBeGreaterThan(0);
          expect(canonicalViolations(result.text)).toEqual([]);
          // Plain text keeps "<script>" as the words it is, and so does a Markdown code block; from HTML no script survives.
          // Only a script element's content must go: "<A<script>alert(1)…" is one element named "a<script" and
          // the words after it are text, so the document as parsed decides what may stay.
          if (kind === "html" && !isTextOutsideScripts(content, "alert(1)")) expect(result.text).not.toMatch(/alert\(1\)/);
          expect(result.title.length).toBeGreaterThan(0);
          expect(result.contentHash).toMatch(/^[0-9a-f]{64}$/);
        } else {
          expect(result.error.message).toMatch(/\.$/);
        }
      }),
      { numRuns: 150 },
    );
  });

  // Regressions for the hardening issue: the old converter threw a RangeError (stack overflow) on
  // these and ran for minutes on 2 MB of nested tags, blocking every request meanwhile.
  it("refuses 5,000 nested block quotes as TOO_COMPLEX instead of overflowing the stack", async () => {
    expect(await prepareImport({ content: nestedQuoteMarkdown(5000), format: "markdown" })).toEqual({
      ok: false,
      error: { code: "TOO_COMPLEX", message: expect.stringContaining("5000 levels deep") },
    });
  });

  it("refuses 2 MB of nested unclosed tags within seconds", async () => {
    const started = performance.now();
    const result = await prepareImport({ content: nestedInlineHtml(2 * 1024 * 1024 - 16), format: "html" });
    expect(result.ok ? "imported" : result.error.code).toBe("TOO_COMPLEX");
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
