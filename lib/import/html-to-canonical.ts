import { convert, type DomNode, type FormatCallback, type HtmlToTextOptions } from "html-to-text";
import type { BlockTextBuilder } from "html-to-text/lib/block-text-builder";
import { normaliseText } from "./normalise-text";

// Not article text: code, styling, page furniture, media and form controls. Images go too, so
// neither alt text nor addresses reach the canonical text.
const SKIPPED = [
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "footer",
  "img",
  "picture",
  "svg",
  "video",
  "audio",
  "iframe",
  "object",
  "embed",
  "canvas",
  "button",
  "select",
  "textarea",
];
// Each becomes its own paragraph (html-to-text separates most of these by a single line break).
const PARAGRAPHS = [
  "p",
  "div",
  "section",
  "article",
  "aside",
  "header",
  "main",
  "blockquote",
  "figure",
  "figcaption",
  "address",
  "details",
  "summary",
  "dl",
  "fieldset",
  "center",
  "hgroup",
  "hr",
  "table",
];
// One line each inside their paragraph.
const LINES = ["dt", "dd", "tr", "caption"];
const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];
const SPACED = new Set(["br", "li", "td", "th", "pre", ...PARAGRAPHS, ...LINES, ...HEADINGS]);
const SKIPPED_SET = new Set(SKIPPED);
// Real pages nest a few dozen levels; thousands (unclosed tags, hostile input) would overflow the
// stack. What lies deeper is replaced by "…" rather than failing the whole import.
const MAX_DEPTH = 500;

// html-to-text lets the first child block of an empty block set the leading line breaks, so
// "Intro<ul>…" or "Intro<table>…" would get one line break instead of a paragraph break. A
// zero-width space at the start makes the block non-empty; normaliseText removes it afterwards.
const PLACEHOLDER = "\u200b";

export type ConvertedHtml = { text: string; titleElement: string | null; firstH1: string | null; firstHeading: string | null };

/** HTML to canonical text in one pass, noting the texts a title may be taken from. */
export function convertHtml(html: string): ConvertedHtml {
  const found: Omit<ConvertedHtml, "text"> = { titleElement: null, firstH1: null, firstHeading: null };

  const walkChildren: FormatCallback = (elem, walk, builder) => walk(elem.children, builder);
  // options.format names a builtin formatter to wrap, for blocks that keep their own layout.
  const paragraph: FormatCallback = (elem, walk, builder, options) => {
    const format = options.format ? builder.options.formatters[options.format]! : walkChildren;
    inParagraph(builder, () => format(elem, walk, builder, options));
  };
  const heading: FormatCallback = (elem, walk, builder) => {
    const text = plainText(elem);
    found.firstHeading ??= text;
    if (elem.name === "h1") found.firstH1 ??= text;
    inParagraph(builder, () => walk(elem.children, builder));
  };
  const list: FormatCallback = (elem, walk, builder, options) => {
    const format = builder.options.formatters[elem.name === "ol" ? "orderedList" : "unorderedList"]!;
    // A list inside a list item continues that item's lines rather than starting a paragraph.
    if (hasAncestor(elem, "li")) format(elem, walk, builder, options);
    else inParagraph(builder, () => format(elem, walk, builder, options));
  };
  const captureTitle: FormatCallback = (elem) => {
    found.titleElement ??= plainText(elem);
  };

  const options: HtmlToTextOptions = {
    wordwrap: false,
    // The whole document, not just <body>, so <title> is seen and fragments without <body> work.
    baseElements: { selectors: [], returnDomByDefault: true },
    limits: { maxDepth: MAX_DEPTH, ellipsis: "…" },
    // HTML's own whitespace. html-to-text also counts U+200B, which would turn "zero<ZWSP>width" into
    // two words; left alone, normaliseText removes it and the word stays whole as it displays.
    whitespaceCharacters: " \t\r\n\f",
    formatters: { paragraph, heading, list, captureTitle },
    selectors: [
      ...SKIPPED.map((selector) => ({ selector, format: "skip" })),
      ...PARAGRAPHS.map((selector) => ({ selector, format: "paragraph", options: {} })),
      // pre keeps its own line breaks: the builtin formatter, wrapped as a paragraph.
      { selector: "pre", format: "paragraph", options: { format: "pre" } },
      ...LINES.map((selector) => ({ selector, format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } })),
      ...HEADINGS.map((selector) => ({ selector, format: "heading" })),
      { selector: "ul", format: "list", options: { itemPrefix: "• ", leadingLineBreaks: 1, trailingLineBreaks: 1 } },
      { selector: "ol", format: "list", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
      { selector: "title", format: "captureTitle" },
      { selector: "a", options: { ignoreHref: true } },
      // Cells side by side on one line; html-to-text's own table layout pads and wraps columns.
      { selector: "td", format: "inlineSurround", options: { suffix: " " } },
      { selector: "th", format: "inlineSurround", options: { suffix: " " } },
    ],
  };
  return { text: normaliseText(convert(html, options)), ...found };
}

/** Text for the page: the <title>, else the first <h1>. */
export function htmlToCanonical(html: string): { text: string; title: string | null } {
  const { text, titleElement, firstH1 } = convertHtml(html);
  return { text, title: titleElement ?? firstH1 };
}

function inParagraph(builder: BlockTextBuilder, content: () => void) {
  builder.openBlock({ leadingLineBreaks: 2 });
  builder.addLiteral(PLACEHOLDER);
  content();
  builder.closeBlock({ trailingLineBreaks: 2 });
}

function hasAncestor(elem: DomNode, name: string): boolean {
  for (let node = elem.parent; node; node = node.parent) if (node.name === name) return true;
  return false;
}

/** A title's text on one line: what the element shows, with blocks and <br> as spaces; null when blank. */
function plainText(elem: DomNode): string | null {
  return normaliseText(collectText(elem)).replace(/\s+/g, " ") || null;
}

function collectText(node: DomNode, depth = 0): string {
  // Script and style elements have node types of their own, so only "tag" and "text" hold visible text.
  if (node.type === "text") return node.data ?? "";
  if (node.type !== "tag" || SKIPPED_SET.has(node.name ?? "") || depth > MAX_DEPTH) return "";
  const inner = node.children.map((child) => collectText(child, depth + 1)).join("");
  return SPACED.has(node.name ?? "") ? ` ${inner} ` : inner;
}
