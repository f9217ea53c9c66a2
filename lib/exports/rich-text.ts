// Rationales are Tiptap JSON of a fixed shape (lib/validation/rich-text.ts). Each format renders
// them itself from the same walk: plain text (CSV, W3C, PDF) and Markdown here; HTML is built as
// React elements (components/reports/rich-text-view.tsx), so text is escaped by construction.
import type { RichText } from "@/lib/validation/rich-text";

type Block = RichText["content"][number];
type Inline = NonNullable<Extract<Block, { type: "paragraph" }>["content"]>[number];
type ListItem = { type: "listItem"; content: Block[] };

export type { Block as RichTextBlock, Inline as RichTextInline };

/** Paragraphs one per line, list items as "- " / "1. " lines, hard breaks as newlines. */
export function richTextToPlain(doc: RichText | null): string {
  if (!doc) return "";
  return blocksToLines(doc.content, "").join("\n");
}

function blocksToLines(blocks: readonly Block[], indent: string): string[] {
  return blocks.flatMap((block): string[] => {
    if (block.type === "paragraph") return [indent + (block.content ?? []).map((i) => (i.type === "text" ? i.text : "\n")).join("")];
    const items = block.content as ListItem[];
    return items.flatMap((item, index) => {
      const marker = block.type === "orderedList" ? `${index + 1}. ` : "- ";
      const [first = "", ...rest] = blocksToLines(item.content, indent + "   ");
      return [indent + marker + first.trimStart(), ...rest];
    });
  });
}

/** Markdown with every character that Markdown or HTML would read as syntax escaped. */
export function richTextToMarkdown(doc: RichText | null): string {
  if (!doc) return "";
  return blocksToMarkdown(doc.content, "").join("\n\n");
}

function blocksToMarkdown(blocks: readonly Block[], indent: string): string[] {
  return blocks.map((block) => {
    if (block.type === "paragraph") return indent + inlineToMarkdown(block.content ?? []);
    const items = block.content as ListItem[];
    return items
      .map((item, index) => {
        const marker = block.type === "orderedList" ? `${index + 1}. ` : "- ";
        const [first = "", ...rest] = blocksToMarkdown(item.content, indent + "   ");
        return [indent + marker + first.trimStart(), ...rest].join("\n");
      })
      .join("\n");
  });
}

function inlineToMarkdown(inline: readonly Inline[]): string {
  return inline
    .map((node) => {
      if (node.type === "hardBreak") return "\\\n";
      let text = escapeMarkdown(node.text);
      for (const mark of node.marks ?? []) {
        if (mark.type === "bold") text = `**${text}**`;
        else if (mark.type === "italic") text = `*${text}*`;
        else text = `[${text}](<${mark.attrs.href.replace(/[<>]/g, encodeURIComponent)}>)`;
      }
      return text;
    })
    .join("");
}

/**
 * Escapes Markdown syntax and raw HTML: every ASCII punctuation character may be backslash-escaped
 * in CommonMark, so escaping all of them is always safe. Line starts that would begin a block
 * (`#`, `>`, `-`, `1.`) are covered by the same rule.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&"'=:]/g, "\\$&");
}
