/**
 * The canonical form every annotation offset refers to: NFC; "\n" line endings; no tabs, zero-width
 * characters or control characters; single spaces inside a line; no spaces at line ends;
 * paragraphs separated by exactly one blank line; nothing blank at either end. Curly quotes,
 * £ signs, emoji and the like are kept as they are. Idempotent.
 */
export function normaliseText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, "")
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, " ")
    .replace(/[^\S\n]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
