"use client";
import { useCallback, useEffect, useState, type RefObject } from "react";
import type { Editor } from "@tiptap/react";
import type { ToolbarPlacement } from "@/components/annotations/selection-toolbar";
import { snapToWords } from "@/lib/anchoring";
import { selectedOffsets } from "@/lib/editor/dom-selection";
import { offsetToPosition } from "@/lib/editor/text-document";

export type ReaderSelection = { start: number; end: number; exact: string; placement: ToolbarPlacement };

/**
 * The reviewer's text selection in the reader, as offsets into the canonical text (snapped to
 * whole words unless Alt is held), with where to place the tag toolbar.
 */
export function useReaderSelection({
  editorRef,
  text,
  isEnabled,
}: {
  editorRef: RefObject<Editor | null>;
  text: string;
  isEnabled: boolean;
}) {
  const [selection, setSelection] = useState<ReaderSelection | null>(null);

  const read = useCallback(
    (event: React.MouseEvent | React.KeyboardEvent) => {
      const editor = editorRef.current;
      if (!editor || !isEnabled) return;
      const raw = selectedOffsets(editor.view);
      // Whole words unless the reviewer holds Alt, as in most annotation tools.
      const offsets = raw && (event.altKey ? raw : snapToWords(text, raw.start, raw.end));
      const exact = offsets ? text.slice(offsets.start, offsets.end) : "";
      if (!offsets || !exact.trim()) {
        setSelection(null);
        return;
      }
      // The toolbar is positioned inside the reader, so place it relative to the reader's box.
      const rect = window.getSelection()?.getRangeAt(0).getBoundingClientRect();
      const reader = (event.currentTarget as HTMLElement).getBoundingClientRect();
      const placement = { top: (rect?.top ?? reader.top) - reader.top, left: Math.max(0, (rect?.left ?? reader.left) - reader.left) };
      setSelection({ ...offsets, exact, placement });
    },
    [editorRef, text, isEnabled],
  );

  useEffect(() => {
    const onSelectionChange = () => {
      if (window.getSelection()?.isCollapsed) setSelection(null);
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, []);

  // Through ProseMirror, not the DOM: it would put its own (stale) selection back on the next redraw.
  const collapseTo = useCallback(
    (offset: number) => {
      setSelection(null);
      editorRef.current?.commands.setTextSelection(offsetToPosition(offset));
    },
    [editorRef],
  );

  return { selection, read, collapseTo };
}
