import { Parser } from "htmlparser2";

// Real articles nest elements a few dozen levels deep and lists or quotes a handful. Thousands
// of levels come only from broken or hostile input, and they are what makes DOM building,
// Readability and the text converter slow (cost growing with depth × size) or overflow the stack.
export const MAX_HTML_DEPTH = 400;
export const MAX_MARKDOWN_DEPTH = 64;

/**
 * How deep the page's elements nest, as the HTML parser builds them (implied end tags, such as an
 * unclosed <p> before the next <p>, are applied): one linear pass, stopping once over `limit`.
 */
export function htmlNestingDepth(html: string, limit = MAX_HTML_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        if (depth > deepest) deepest = depth;
        // Past the limit the answer is known; the parser still runs to the end, at linear cost.
        if (deepest > limit) parser.pause();
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  if (deepest <= limit) parser.end();
  return deepest;
}

/**
 * The deepest nesting of block quotes and lists on any line, counted from each line's prefix of
 * `>` and list markers plus its indentation (four columns a level): one pass over the text,
 * stopping at the first line over `limit`.
 */
export function markdownNestingDepth(markdown: string, limit = MAX_MARKDOWN_DEPTH): number {
  let deepest = 0;
  let lineStart = 0;
  while (lineStart < markdown.length) {
    let markers = 0;
    let spaces = 0;
    let i = lineStart;
    for (; i < markdown.length; i++) {
      const char = markdown[i]!;
      const next = markdown[i + 1];
      if (char === ">") markers++;
      else if ((char === "-" || char === "*" || char === "+") && (next === " " || next === "\t")) markers++;
      else if (char === " ") spaces++;
      else if (char === "\t") spaces += 4;
      else if (!(char >= "0" && char <= "9") && char !== "." && char !== ")") break;
    }
    deepest = Math.max(deepest, markers + Math.floor(spaces / 4));
    if (deepest > limit) return deepest;
    const end = markdown.indexOf("\n", i);
    lineStart = end === -1 ? markdown.length : end + 1;
  }
  return deepest;
}

export function nestingProblem(content: string, format: "html" | "markdown"): string | null {
  if (format === "markdown") {
    const depth = markdownNestingDepth(content);
    if (depth > MAX_MARKDOWN_DEPTH)
      return `This Markdown nests lists or quotes ${depth} levels deep; the limit is ${MAX_MARKDOWN_DEPTH}. It cannot be an article as written: check the file.`;
    return null;
  }
  const depth = htmlNestingDepth(content);
  if (depth > MAX_HTML_DEPTH)
    return `This HTML nests its elements more than ${MAX_HTML_DEPTH} levels deep (unclosed tags?). It cannot be imported: save the page again from a browser or paste its text.`;
  return null;
}
