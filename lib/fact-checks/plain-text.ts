import { Parser } from "htmlparser2";

// Invisible characters that would make two identical-looking claims differ: the bidi embeddings,
// overrides and isolates (U+202A–202E, U+2066–2069: they can reorder what a reader sees), zero-width
// space, word joiner and BOM. The marks LRM, RLM and ALM (U+200E, U+200F, U+061C) stay: they
// are how right-to-left text places its punctuation correctly.
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]/g;
// C0 and C1 controls and DEL; tabs and line breaks become spaces below.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const MARKUP = /[<&]/;
// Elements whose end separates words ("<p>a</p><p>b</p>" is "a b", not "ab").
const BLOCKS = new Set([
  "address",
  "article",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);
for (const name of ["hr", "li", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"]) BLOCKS.add(name);
const DROPPED = new Set(["script", "style", "template", "noscript"]);

/**
 * A feed's text field as the library stores it: plain text. Markup is taken out (its text kept,
 * scripts and styles dropped), entities decoded, controls and bidi overrides dropped, NFC, one
 * space between words and none at either end. Idempotent.
 */
export function toPlainText(raw: string): string {
  const text = MARKUP.test(raw) ? textOfMarkup(raw) : raw;
  return (
    text
      // A lone surrogate cannot be stored or hashed as UTF-8 faithfully.
      .toWellFormed()
      .replace(INVISIBLE, "")
      .replace(CONTROL, " ")
      // Only after removals: deleting a character between a letter and its accent makes a new pair to compose.
      .normalize("NFC")
      .replace(/\s+/g, " ")
      .trim()
  );
}

function textOfMarkup(raw: string): string {
  const parts: string[] = [];
  let dropped = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (DROPPED.has(name)) dropped++;
        else if (BLOCKS.has(name)) parts.push(" ");
      },
      onclosetag(name) {
        if (DROPPED.has(name)) dropped = Math.max(0, dropped - 1);
        else if (BLOCKS.has(name)) parts.push(" ");
      },
      ontext(text) {
        if (dropped === 0) parts.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(raw);
  return parts.join("");
}
