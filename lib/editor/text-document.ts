// The canonical text as a Tiptap/ProseMirror document. Paragraphs are separated by "\n\n" and a
// single "\n" is a hard break, which makes the mapping exact: the two characters between
// paragraphs match the closing and opening tokens, a hard break is one position like "\n", so
// a document position is always the text offset plus one (the first paragraph's opening token).
export type TextDocumentNode =
  | { type: "doc"; content: TextDocumentNode[] }
  | { type: "paragraph"; content?: TextDocumentNode[] }
  | { type: "text"; text: string }
  | { type: "hardBreak" };

export function textToDocument(text: string): TextDocumentNode {
  return {
    type: "doc",
    content: text.split("\n\n").map((paragraph) => {
      const content: TextDocumentNode[] = [];
      paragraph.split("\n").forEach((line, index) => {
        if (index > 0) content.push({ type: "hardBreak" });
        if (line) content.push({ type: "text", text: line });
      });
      return content.length ? { type: "paragraph", content } : { type: "paragraph" };
    }),
  };
}

export function offsetToPosition(offset: number): number {
  return offset + 1;
}

export function positionToOffset(position: number): number {
  return position - 1;
}
