import { Marked } from "marked";
import { convertHtml } from "./html-to-canonical";

// A private instance: extensions registered on the global `marked` elsewhere must not change imports.
const markdown = new Marked({ gfm: true, breaks: false });

export function markdownToHtml(md: string): string {
  return markdown.parse(md, { async: false });
}

/**
 * Markdown is rendered to HTML and reduced like any HTML, so raw HTML inside it (scripts
 * included) gets the same treatment. The title is the first heading of any level. Call it only on
 * input whose nesting was checked (convertDocument does).
 */
export function markdownToCanonical(md: string): { text: string; title: string | null } {
  const { text, firstHeading } = convertHtml(markdownToHtml(md));
  return { text, title: firstHeading };
}
