import { convert } from "html-to-text";
import { normaliseText } from "./normalise-text";

const SKIPPED = ["script", "style", "noscript", "template", "nav", "footer", "iframe", "svg", "form", "button", "img", "picture", "video", "audio"];
const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];

/** HTML to canonical text: one paragraph per block, link text without addresses, no markup or scripts. */
export function htmlToCanonical(html: string): { text: string; title: string | null } {
  const text = convert(html, {
    wordwrap: false,
    selectors: [
      ...SKIPPED.map((selector) => ({ selector, format: "skip" })),
      ...HEADINGS.map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: "a", options: { ignoreHref: true } },
      { selector: "ul", options: { itemPrefix: "• " } },
      { selector: "table", format: "dataTable" },
      { selector: "title", format: "skip" },
    ],
  });
  return { text: normaliseText(text), title: findTitle(html) };
}

function findTitle(html: string): string | null {
  for (const tag of ["title", "h1"]) {
    const match = html.match(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, "i"));
    if (match) {
      const title = normaliseText(convert(match[1]!, { wordwrap: false })).replace(/\s+/g, " ");
      if (title) return title;
    }
  }
  return null;
}
