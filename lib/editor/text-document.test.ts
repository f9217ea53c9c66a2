import { describe, expect, it } from "vitest";
import { Schema } from "@tiptap/pm/model";
import { offsetToPosition, positionToOffset, textToDocument } from "./text-document";

// A minimal schema shaped like Tiptap's Document/Paragraph/Text/HardBreak, to check positions.
const schema = new Schema({
  nodes: {
    doc: { content: "paragraph+" },
    paragraph: { content: "inline*", group: "block" },
    text: { group: "inline" },
    hardBreak: { inline: true, group: "inline" },
  },
});

function textBetweenPositions(text: string, start: number, end: number) {
  const doc = schema.nodeFromJSON(textToDocument(text));
  return doc.textBetween(offsetToPosition(start), offsetToPosition(end), "\n\n", "\n");
}

describe("textToDocument", () => {
  const text = "First “para” costs £5.\n\nSecond line one\nline two 😀 é\n\nThird.";

  it("keeps paragraphs and line breaks", () => {
    const doc = schema.nodeFromJSON(textToDocument(text));
    expect(doc.childCount).toBe(3);
    expect(doc.child(1).childCount).toBe(3);
    expect(doc.textBetween(0, doc.content.size, "\n\n", "\n")).toBe(text);
  });

  it("maps every text offset to the document position of the same character", () => {
    const doc = schema.nodeFromJSON(textToDocument(text));
    for (let offset = 0; offset < text.length; offset++) {
      const position = offsetToPosition(offset);
      const char = text[offset];
      if (char !== "\n") {
        expect(doc.textBetween(position, position + 1)).toBe(char);
      } else if (text[offset - 1] !== "\n" && text[offset + 1] !== "\n") {
        expect(doc.nodeAt(position)?.type.name).toBe("hardBreak");
      }
    }
  });

  it("gives back the exact text of spans inside a paragraph", () => {
    const start = text.indexOf("line two");
    expect(textBetweenPositions(text, start, start + "line two 😀".length)).toBe("line two 😀");
  });

  it("round-trips positions and offsets", () => {
    expect(positionToOffset(offsetToPosition(42))).toBe(42);
    expect(offsetToPosition(0)).toBe(1);
  });
});
