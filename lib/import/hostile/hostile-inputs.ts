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

/** Inline tags nested just under the limit, closed and repeated: passes the check, so it is fully parsed. */
export function deepButAllowedHtml(bytes: number, depth = 390): string {
  const block = `<p>${"<b><i>".repeat(depth / 2)}x${"</i></b>".repeat(depth / 2)}</p>`;
  return block.repeat(Math.max(1, Math.floor(bytes / block.length)));
}

/** Lists nested just under the limit, repeated. */
export function deepButAllowedMarkdown(bytes: number, depth = 60): string {
  let block = "";
  for (let level = 0; level < depth; level++) block += `${"    ".repeat(level)}- item ${level}\n`;
  block += "\n";
  return block.repeat(Math.max(1, Math.floor(bytes / block.length)));
}
