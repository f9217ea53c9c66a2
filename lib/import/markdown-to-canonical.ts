import { marked } from "marked";
import { htmlToCanonical } from "./html-to-canonical";
import { normaliseText } from "./normalise-text";

/** Markdown is rendered to HTML by marked and reduced like any HTML; raw HTML inside it gets the same treatment. */
export function markdownToCanonical(markdown: string): { text: string; title: string | null } {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const heading = marked.lexer(markdown).find((token) => token.type === "heading");
  const title = heading && "text" in heading ? normaliseText(htmlToCanonical(marked.parseInline(heading.text, { async: false })).text) : null;
  return { text: htmlToCanonical(html).text, title: title || null };
}
