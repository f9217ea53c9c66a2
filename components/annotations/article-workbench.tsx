"use client";
import { useCallback, useMemo, useRef, useState } from "react";
import type { Editor } from "@tiptap/react";
import { ArticleReader } from "@/components/editor/article-reader";
import { highlightClass, type Highlight } from "@/components/editor/annotation-highlights";
import { SelectionToolbar } from "@/components/annotations/selection-toolbar";
import { AnnotationPanel } from "@/components/annotations/annotation-panel";
import { UndoToast } from "@/components/annotations/undo-toast";
import { usePanelKeys } from "@/components/annotations/use-panel-keys";
import { useReaderSelection } from "@/components/annotations/use-reader-selection";
import { useHighlightClicks } from "@/components/annotations/use-highlight-clicks";
import { AnnotationStoreProvider, useAnnotationStore, useWorkbench } from "@/components/annotations/store/workbench-store-context";
import { matchesFilter, NO_FILTER, type AnnotationFilter } from "@/lib/annotations/filter-annotations";
import type { AnnotationView } from "@/lib/annotations/types";
import { expandAnnotations, type CompactAnnotations } from "@/lib/annotations/compact-annotations";
import { inReadingOrder } from "@/lib/annotations/workbench-state";
import { ANNOTATION_KINDS, KIND_LABELS, type AnnotationKind, type ArticleStatus, type Role } from "@/lib/enums";
import { ReviewBar, type ReviewBarProps } from "@/components/reviews/review-bar";
import { canEditAnnotation } from "@/lib/policies/annotations";
import { useArticleEvents } from "@/components/annotations/live/use-article-events";
import { LiveStatusNotice } from "@/components/annotations/live/live-status";
import { CommentsProvider } from "@/components/comments/comments-context";
import { CommentThreads } from "@/components/comments/comment-threads";
import { PresenceProvider } from "@/components/presence/presence-context";
import { PresenceAvatars } from "@/components/presence/presence-avatars";
import { OthersSelections } from "@/components/presence/others-selections";
import { useCardActivity, usePresenceHeartbeat, usePresenceKey } from "@/components/presence/use-presence-heartbeat";
import type { PresenceViewer } from "@/lib/presence/presence-message";
import { canCommentOnArticle } from "@/lib/policies/comments";

type WorkbenchProps = {
  article: { id: string; text: string; revision: number; status: ArticleStatus };
  /** The article's event seq when the page read it: the live stream starts after it. */
  liveSeq: number;
  /** Packed for the wire (lib/annotations/compact-annotations.ts): a long article has a thousand. */
  initialAnnotations: CompactAnnotations;
  /** The card to open first (a link from My work or a notification). */
  initialSelectedId?: string | null;
  canAnnotate: boolean;
  actor: { id: string; role: Role };
  review: Omit<ReviewBarProps, "article">;
};

export function ArticleWorkbench({ initialAnnotations, ...props }: WorkbenchProps) {
  // The store is made once, from the first render's annotations; later ones come as live events.
  const [initial] = useState(() => expandAnnotations(initialAnnotations, props.article));
  return (
    <AnnotationStoreProvider articleId={props.article.id} articleRevision={props.article.revision} initial={initial}>
      <Workbench {...props} />
    </AnnotationStoreProvider>
  );
}

function Workbench({ article, liveSeq, canAnnotate, actor, review, initialSelectedId = null }: Omit<WorkbenchProps, "initialAnnotations">) {
  const store = useAnnotationStore();
  // The first page's seq only: a refresh after a live event re-renders with a newer one, but the
  // stream already carries on from the last event it applied.
  const [startSeq] = useState(liveSeq);
  const entries = useWorkbench((s) => s.entries);
  const creates = useWorkbench((s) => s.creates);
  const undo = useWorkbench((s) => s.undo);
  const [selectedId, setSelectedId] = useState<string | null>(() =>
    initialSelectedId && entries[initialSelectedId] ? initialSelectedId : null,
  );
  const editorRef = useRef<Editor | null>(null);
  const readerRef = useRef<HTMLDivElement | null>(null);
  const { selection, read: readSelection, collapseTo } = useReaderSelection({ editorRef, text: article.text, isEnabled: canAnnotate });
  const presenceKey = usePresenceKey();
  const [viewers, setViewers] = useState<PresenceViewer[]>([]);
  const announce = usePresenceHeartbeat({
    articleId: article.id,
    presenceKey,
    annotationId: selectedId,
    activity: useCardActivity(selectedId),
    selection,
  });
  const reloadComments = useRef<(() => void) | null>(null);
  const liveStatus = useArticleEvents({
    articleId: article.id,
    startSeq,
    store,
    presenceKey,
    listeners: { onPresence: setViewers, onComments: () => reloadComments.current?.(), onReady: announce },
  });
  const presence = useMemo(() => ({ viewers, meId: actor.id }), [viewers, actor.id]);
  const commenter = useMemo(() => ({ id: actor.id, role: actor.role }), [actor.id, actor.role]);
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  const onReady = useCallback((editor: Editor) => {
    editorRef.current = editor;
  }, []);

  const annotations = useMemo(() => inReadingOrder({ entries, creates: [] }), [entries]);
  const anchored = useMemo(() => annotations.filter((a) => !a.orphanedAt), [annotations]);
  const visible = useMemo(() => anchored.filter((a) => matchesFilter(a, filter)), [anchored, filter]);
  const highlights = useMemo<Highlight[]>(
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
      ...creates.map((c) => ({
        id: c.clientRequestId,
        kind: c.kind,
        start: c.start,
        end: c.end,
        isPending: true,
        isFailed: c.error !== null,
      })),
    ],
    [visible, creates, selectedId],
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

  const create = useCallback(
    async (kind: AnnotationKind) => {
      if (!selection) return;
      const { start, end, exact } = selection;
      collapseTo(end);
      const created = await store.create(kind, { start, end, exact });
      if (created) setSelectedId(created.id);
    },
    [selection, collapseTo, store],
  );

  const remove = useCallback(
    async (id: string) => {
      if (await store.remove(id)) setSelectedId((current) => (current === id ? null : current));
    },
    [store],
  );

  const reattach = useCallback(
    async (id: string) => {
      if (!selection) {
        store.setError("Select the text to attach it to first.");
        return;
      }
      const { start, end, exact } = selection;
      const placed = await store.reattach(id, { start, end, exact });
      if (!placed) return;
      collapseTo(end);
      select(placed.id);
    },
    [selection, store, collapseTo, select],
  );

  const restore = useCallback(async () => {
    const restored = await store.restore();
    if (restored) select(restored.id, { scroll: true });
  }, [store, select]);

  const move = useCallback(
    (step: 1 | -1) => {
      if (visible.length === 0) return;
      const index = visible.findIndex((a) => a.id === selectedId);
      const next = visible[index < 0 ? (step === 1 ? 0 : visible.length - 1) : (index + step + visible.length) % visible.length]!;
      select(next.id, { scroll: true });
    },
    [visible, selectedId, select],
  );
  const selected = selectedId ? (entries[selectedId]?.view ?? null) : null;
  // The same rule the server enforces; here it only hides controls that would be refused.
  const canEdit = useCallback(
    (a: AnnotationView) => canEditAnnotation(actor, { authorId: a.author.id, status: a.status, articleStatus: article.status }),
    [actor, article.status],
  );
  usePanelKeys({
    onNext: useCallback(() => move(1), [move]),
    onPrevious: useCallback(() => move(-1), [move]),
    onClose: useCallback(() => setSelectedId(null), []),
    onDelete: useCallback(() => {
      if (selected && canEdit(selected)) void remove(selected.id);
    }, [selected, canEdit, remove]),
  });
  const onReaderClick = useHighlightClicks({ annotations: anchored, selectedId, onSelect: select });

  return (
    <PresenceProvider value={presence}>
      <CommentsProvider
        articleId={article.id}
        people={review.people}
        me={commenter}
        canComment={canCommentOnArticle(actor, article)}
        reloadRef={reloadComments}
      >
        <div className="workbench">
          <PresenceAvatars />
          <LiveStatusNotice status={liveStatus} />
          <ReviewBar article={{ id: article.id, status: article.status }} {...review} />
          <div className="reader" ref={readerRef} onMouseUp={readSelection} onKeyUp={readSelection} onClick={onReaderClick}>
            <Legend />
            <ArticleReader text={article.text} highlights={highlights} onReady={onReady} />
            <OthersSelections editorRef={editorRef} readerRef={readerRef} />
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
            onDelete={(id) => void remove(id)}
            canEdit={canEdit}
            onReattach={(id) => void reattach(id)}
            actor={actor}
            isFrozen={!canAnnotate}
          />
          <p className="sr-only" aria-live="polite">
            {selected
              ? `${KIND_LABELS[selected.kind]} ${visible.findIndex((a) => a.id === selected.id) + 1} of ${visible.length}: ${selected.exact}`
              : ""}
          </p>
          {undo && <UndoToast key={undo.id} message="Annotation deleted." onUndo={() => void restore()} onDismiss={store.dismissUndo} />}
          <CommentThreads annotationId={null} title="Discussion of the article" />
        </div>
      </CommentsProvider>
    </PresenceProvider>
  );
}

function Legend() {
  return (
    <ul className="legend" aria-label="Highlight colours">
      {ANNOTATION_KINDS.map((kind) => (
        <li key={kind}>
          <span className={`hl hl-${kind.toLowerCase()}`}>{KIND_LABELS[kind]}</span>
        </li>
      ))}
    </ul>
  );
}
