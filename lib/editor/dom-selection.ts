import type { EditorView } from "@tiptap/pm/view";
import { positionToOffset } from "@/lib/editor/text-document";

/**
 * The browser's current selection as canonical-text offsets, or null when it is empty or not
 * inside the article. Read from the DOM because a read-only ProseMirror view does not track it.
 */
export function selectedOffsets(view: EditorView): { start: number; end: number } | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!view.dom.contains(range.startContainer) || !view.dom.contains(range.endContainer)) return null;
  const from = view.posAtDOM(range.startContainer, range.startOffset);
  const to = view.posAtDOM(range.endContainer, range.endOffset);
  const start = positionToOffset(Math.min(from, to));
  const end = positionToOffset(Math.max(from, to));
  return end > start ? { start, end } : null;
}
