// Worst cases for the parsers, shared by the benchmark and the regression tests. Each was found
// by probing: nested unclosed inline tags made the old HTML converter's cost grow with the square
// of the size, and nested list markers or `>` overflowed the stack while parsing Markdown.

/** Unclosed inline tags, nested as deep as the size allows. */
export function nestedInlineHtml(bytes: number): string {
  return "<b><i>x".repeat(Math.floor(bytes / 7));
}

/** One line of list markers: every "- " opens a list inside the previous item. */
export function nestedListMarkdown(bytes: number): string {
  return `${"- ".repeat(Math.floor(bytes / 2) - 1)}x\n`;
}

/** Block quotes nested inside each other. */
export function nestedQuoteMarkdown(count: number): string {
  return `${">".repeat(count)} x\n`;
}
