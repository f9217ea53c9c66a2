"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Editor } from "@tiptap/react";
import { ArticleReader } from "@/components/editor/article-reader";
import { annotationIdsAt, highlightClass } from "@/components/editor/annotation-highlights";
import { SelectionToolbar, type ToolbarPlacement } from "@/components/annotations/selection-toolbar";
import { AnnotationPanel } from "@/components/annotations/annotation-panel";
import { UndoToast } from "@/components/annotations/undo-toast";
import { KIND_LABELS } from "@/components/annotations/labels";
import { usePanelKeys } from "@/components/annotations/use-panel-keys";
import {
  createAnnotationAction,
  deleteAnnotationAction,
  reattachAnnotationAction,
  restoreAnnotationAction,
} from "@/lib/actions/annotation-actions";
import { snapToWords } from "@/lib/anchoring";
import { matchesFilter, NO_FILTER, type AnnotationFilter } from "@/lib/annotations/filter-annotations";
import { selectedOffsets } from "@/lib/editor/dom-selection";
import { offsetToPosition } from "@/lib/editor/text-document";
import type { AnnotationView } from "@/lib/server/annotations/annotation-view";
import type { AnnotationKind, Role } from "@/lib/generated/prisma/enums";
import { canEditAnnotation } from "@/lib/policies/annotations";

type Pending = { clientRequestId: string; kind: AnnotationKind; start: number; end: number; exact: string };

type WorkbenchProps = {
  article: { id: string; text: string; revision: number };
  initialAnnotations: AnnotationView[];
  canAnnotate: boolean;
  actor: { id: string; role: Role };
};

export function ArticleWorkbench({ article, initialAnnotations, canAnnotate, actor }: WorkbenchProps) {
  const [annotations, setAnnotations] = useState(initialAnnotations);
  const [pending, setPending] = useState<Pending[]>([]);
  const [selection, setSelection] = useState<{ start: number; end: number; placement: ToolbarPlacement } | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<AnnotationView | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const onReady = useCallback((editor: Editor) => {
    editorRef.current = editor;
  }, []);

  const anchored = useMemo(() => annotations.filter((a) => !a.orphanedAt), [annotations]);
  const visible = useMemo(() => anchored.filter((a) => matchesFilter(a, filter)), [anchored, filter]);
  const highlights = useMemo(
    () => [
      ...visible.map((a) => ({
        id: a.id,
        kind: a.kind,
        start: a.start,
        end: a.end,
        status: a.status,
        verdict: a.verdict?.rating ?? null,
        isSelected: a.id === selectedId,
      })),
      ...pending.map((p) => ({ id: p.clientRequestId, kind: p.kind, start: p.start, end: p.end, isPending: true })),
    ],
    [visible, pending, selectedId],
  );

  const replace = useCallback(
    (next: AnnotationView) => setAnnotations((list) => [...list.filter((a) => a.id !== next.id), next].sort(byPosition)),
    [],
  );

  const select = useCallback((id: string | null, options: { scroll?: boolean } = {}) => {
    setSelectedId(id);
    if (!id) return;
    const elements = [...document.querySelectorAll(`.article-text .${highlightClass(id)}`)];
    if (options.scroll) elements[0]?.scrollIntoView({ block: "center", behavior: "smooth" });
    // Web Animations, not a class: changing decorations would make ProseMirror redraw the text
    // under the reader's pointer and could drop a selection they are making.
    for (const element of elements)
      element.animate([{ filter: "brightness(0.6)" }, { filter: "none" }], { duration: 1200, easing: "ease-out" });
  }, []);

  // Through ProseMirror, not the DOM: it would put its own (stale) selection back on the next redraw.
  const collapseSelection = useCallback((offset: number) => {
    editorRef.current?.commands.setTextSelection(offsetToPosition(offset));
  }, []);

  const readSelection = useCallback(
    (event: React.MouseEvent | React.KeyboardEvent) => {
      const editor = editorRef.current;
      if (!editor || !canAnnotate) return;
      const raw = selectedOffsets(editor.view);
      if (!raw) {
        setSelection(null);
        return;
      }
      // Whole words unless the reviewer holds Alt, as in most annotation tools.
      const offsets = event.altKey ? raw : snapToWords(article.text, raw.start, raw.end);
      if (!article.text.slice(offsets.start, offsets.end).trim()) {
        setSelection(null);
        return;
      }
      // The toolbar is positioned inside the reader, so place it relative to the reader's box.
      const rect = window.getSelection()?.getRangeAt(0).getBoundingClientRect();
      const reader = (event.currentTarget as HTMLElement).getBoundingClientRect();
      setSelection({
        ...offsets,
        placement: { top: (rect?.top ?? reader.top) - reader.top, left: Math.max(0, (rect?.left ?? reader.left) - reader.left) },
      });
    },
    [article.text, canAnnotate],
  );

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
      // Drawn at once; the server's answer replaces it, or takes it back with a message.
      setPending((list) => [...list, item]);
      setSelection(null);
      collapseSelection(item.end);
      setError(null);
      const result = await createAnnotationAction({ articleId: article.id, articleRevision: article.revision, ...item });
      setPending((list) => list.filter((p) => p.clientRequestId !== item.clientRequestId));
      if (!result.ok) {
        setError(result.message);
        return;
      }
      replace(result.data);
      setSelectedId(result.data.id);
    },
    [article.id, article.revision, article.text, selection, replace, collapseSelection],
  );

  const remove = useCallback(async (annotation: AnnotationView) => {
    const result = await deleteAnnotationAction({ annotationId: annotation.id, version: annotation.version });
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setAnnotations((list) => list.filter((a) => a.id !== annotation.id));
    setSelectedId(null);
    setUndo(result.data);
  }, []);

  const reattach = useCallback(
    async (annotation: AnnotationView) => {
      if (!selection) {
        setError("Select the text to attach it to first.");
        return;
      }
      const exact = article.text.slice(selection.start, selection.end);
      const result = await reattachAnnotationAction({
        annotationId: annotation.id,
        version: annotation.version,
        articleRevision: article.revision,
        start: selection.start,
        end: selection.end,
        exact,
      });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setError(null);
      setSelection(null);
      collapseSelection(selection.end);
      replace(result.data);
      select(result.data.id);
    },
    [article.revision, article.text, selection, replace, select, collapseSelection],
  );

  const restore = useCallback(async () => {
    if (!undo) return;
    setUndo(null);
    const result = await restoreAnnotationAction({ annotationId: undo.id, version: undo.version });
    if (!result.ok) setError(result.message);
    else {
      replace(result.data);
      select(result.data.id, { scroll: true });
    }
  }, [undo, replace, select]);

  const move = useCallback(
    (step: 1 | -1) => {
      if (visible.length === 0) return;
      const index = visible.findIndex((a) => a.id === selectedId);
      const next = visible[index < 0 ? (step === 1 ? 0 : visible.length - 1) : (index + step + visible.length) % visible.length]!;
      select(next.id, { scroll: true });
    },
    [visible, selectedId, select],
  );
  const selected = annotations.find((a) => a.id === selectedId) ?? null;
  // The same rule the server enforces; here it only hides controls that would be refused.
  const canEdit = useCallback((a: AnnotationView) => canEditAnnotation(actor, { authorId: a.author.id, status: a.status }), [actor]);
  usePanelKeys({
    onNext: useCallback(() => move(1), [move]),
    onPrevious: useCallback(() => move(-1), [move]),
    onClose: useCallback(() => setSelectedId(null), []),
    onDelete: useCallback(() => {
      if (selected && canEdit(selected)) void remove(selected);
    }, [selected, canEdit, remove]),
  });

  const onReaderClick = useCallback(
    (event: React.MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const target = (event.target as Element).closest(".hl");
      const here = new Set(target ? annotationIdsAt(target) : []);
      // Innermost (shortest) first; clicking again where spans overlap cycles through the others.
      const ids = anchored
        .filter((a) => here.has(a.id))
        .sort((a, b) => a.end - a.start - (b.end - b.start))
        .map((a) => a.id);
      const next = ids[(ids.indexOf(selectedId ?? "") + 1) % ids.length];
      if (next) select(next);
    },
    [anchored, select, selectedId],
  );

  return (
    <div className="workbench">
      <div className="reader" onMouseUp={readSelection} onKeyUp={readSelection} onClick={onReaderClick}>
        <Legend />
        <ArticleReader text={article.text} highlights={highlights} onReady={onReady} />
        {selection && <SelectionToolbar placement={selection.placement} onChoose={create} />}
      </div>
      <AnnotationPanel
        annotations={anchored}
        visible={visible}
        orphaned={annotations.filter((a) => a.orphanedAt)}
        filter={filter}
        onFilterChange={setFilter}
        selectedId={selectedId}
        onSelect={(id) => select(id === selectedId ? null : id, { scroll: true })}
        onSaved={replace}
        onDelete={(a) => void remove(a)}
        canEdit={canEdit}
        pendingCount={pending.length}
        error={error}
        onReattach={(a) => void reattach(a)}
      />
      <p className="sr-only" aria-live="polite">
        {selected
          ? `${KIND_LABELS[selected.kind]} ${visible.findIndex((a) => a.id === selected.id) + 1} of ${visible.length}: ${selected.exact}`
          : ""}
      </p>
      {undo && <UndoToast message="Annotation deleted." onUndo={() => void restore()} onDismiss={() => setUndo(null)} />}
    </div>
  );
}

function Legend() {
  return (
    <ul className="legend" aria-label="Highlight colours">
      <li>
        <span className="hl hl-claim">Claim</span>
      </li>
      <li>
        <span className="hl hl-quote">Quote</span>
      </li>
      <li>
        <span className="hl hl-opinion">Opinion</span>
      </li>
    </ul>
  );
}

function byPosition(a: { start: number; end: number }, b: { start: number; end: number }) {
  return a.start - b.start || b.end - a.end;
}
