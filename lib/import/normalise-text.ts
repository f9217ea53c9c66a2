// Characters that render as nothing but would silently split a quote that looks identical:
// zero-width space, word joiner, BOM. ZWJ/ZWNJ (U+200D/U+200C) stay: emoji sequences and
// several scripts need them.
const INVISIBLE = /[\u200b\u2060\ufeff]/g;
// C0 and C1 controls other than the line-ending ones handled before this runs.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

/**
 * The canonical form every annotation offset refers to: NFC; "\n" line endings; no tabs,
 * zero-width or control characters; single spaces inside a line and none at either end of it;
 * paragraphs separated by exactly one blank line; nothing blank at either end. Curly quotes,
 * £ signs, emoji and the like are kept as they are. Idempotent.
 */
export function normaliseText(raw: string): string {
  return (
    raw
      // A lone surrogate cannot be stored or hashed as UTF-8 faithfully.
      .toWellFormed()
      .replace(/\u2029/g, "\n\n")
      // Word puts a vertical tab where the author pressed Shift+Enter.
      .replace(/\r\n?|[\u000b\u000c\u0085\u2028]/g, "\n")
      .replace(/\t/g, " ")
      .replace(INVISIBLE, "")
      .replace(CONTROL, "")
      // Only after removals: deleting a character between a letter and its accent makes a new pair to compose.
      .normalize("NFC")
      .replace(/[^\S\n]+/g, " ")
      .replace(/ ?\n ?/g, "\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}
