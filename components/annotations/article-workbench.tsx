"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Editor } from "@tiptap/react";
import { ArticleReader } from "@/components/editor/article-reader";
import { SelectionToolbar, type ToolbarPlacement } from "@/components/annotations/selection-toolbar";
import { AnnotationList } from "@/components/annotations/annotation-list";
import { createAnnotationAction } from "@/lib/actions/annotation-actions";
import { selectedOffsets } from "@/lib/editor/dom-selection";
import type { AnnotationView } from "@/lib/server/annotations/annotation-view";
import type { AnnotationKind } from "@/lib/generated/prisma/enums";

type Pending = { clientRequestId: string; kind: AnnotationKind; start: number; end: number; exact: string };

type WorkbenchProps = {
  article: { id: string; text: string; revision: number };
  initialAnnotations: AnnotationView[];
  canAnnotate: boolean;
};

export function ArticleWorkbench({ article, initialAnnotations, canAnnotate }: WorkbenchProps) {
  const [annotations, setAnnotations] = useState(initialAnnotations);
  const [pending, setPending] = useState<Pending[]>([]);
  const [selection, setSelection] = useState<{ start: number; end: number; placement: ToolbarPlacement } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const onReady = useCallback((editor: Editor) => {
    editorRef.current = editor;
  }, []);

  const highlights = useMemo(
    () => [
      ...annotations.map((a) => ({ id: a.id, kind: a.kind, start: a.start, end: a.end, status: a.status })),
      ...pending.map((p) => ({ id: p.clientRequestId, kind: p.kind, start: p.start, end: p.end, isPending: true })),
    ],
    [annotations, pending],
  );

  const readSelection = useCallback(() => {
    const editor = editorRef.current;
    if (!editor || !canAnnotate) return;
    const offsets = selectedOffsets(editor.view);
    if (!offsets || !article.text.slice(offsets.start, offsets.end).trim()) {
      setSelection(null);
      return;
    }
    const rect = window.getSelection()?.getRangeAt(0).getBoundingClientRect();
    setSelection({ ...offsets, placement: { top: (rect?.top ?? 0) + window.scrollY, left: (rect?.left ?? 0) + window.scrollX } });
  }, [article.text, canAnnotate]);

  useEffect(() => {
    const onSelectionChange = () => {
      if (window.getSelection()?.isCollapsed) setSelection(null);
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, []);

  const create = useCallback(
    async (kind: AnnotationKind) => {
      if (!selection) return;
      const item: Pending = {
        clientRequestId: crypto.randomUUID(),
        kind,
        start: selection.start,
        end: selection.end,
        exact: article.text.slice(selection.start, selection.end),
      };
      // Shown at once; the server's answer replaces it or takes it back with a message.
      setPending((list) => [...list, item]);
      setSelection(null);
      window.getSelection()?.removeAllRanges();
      setError(null);
      const result = await createAnnotationAction({ articleId: article.id, articleRevision: article.revision, ...item });
      setPending((list) => list.filter((p) => p.clientRequestId !== item.clientRequestId));
      if (result.ok) {
        setAnnotations((list) => [...list.filter((a) => a.id !== result.data.id), result.data].sort(byPosition));
      } else {
        setError(result.message);
      }
    },
    [article.id, article.revision, article.text, selection],
  );

  return (
    <div className="workbench">
      <div className="reader" onMouseUp={readSelection} onKeyUp={readSelection}>
        <ArticleReader text={article.text} highlights={highlights} onReady={onReady} />
        {selection && <SelectionToolbar placement={selection.placement} onChoose={create} />}
      </div>
      <aside className="side-panel" aria-label="Annotations">
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <AnnotationList annotations={annotations} pendingCount={pending.length} />
      </aside>
    </div>
  );
}

function byPosition(a: { start: number; end: number }, b: { start: number; end: number }) {
  return a.start - b.start || b.end - a.end;
}
