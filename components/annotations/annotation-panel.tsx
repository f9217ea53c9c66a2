"use client";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { AnnotationView } from "@/lib/annotations/types";
import type { Role } from "@/lib/enums";
import type { AnnotationFilter } from "@/lib/annotations/filter-annotations";
import { AnnotationFilters } from "@/components/annotations/annotation-filters";
import { AnnotationCard } from "@/components/annotations/annotation-card";
import { AnnotationEditor } from "@/components/annotations/annotation-editor";
import { useAnnotationStore, useWorkbench } from "@/components/annotations/store/workbench-store-context";

type PanelProps = {
  annotations: AnnotationView[];
  visible: AnnotationView[];
  orphaned: AnnotationView[];
  filter: AnnotationFilter;
  onFilterChange: (filter: AnnotationFilter) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onDelete: (id: string) => void;
  canEdit: (annotation: AnnotationView) => boolean;
  onReattach: (id: string) => void;
  actor: { id: string; role: Role };
  isFrozen: boolean;
};

/**
 * A long article has a thousand cards: the server's HTML carries the first ones, and the rest are
 * drawn once the page has hydrated, so the page stays small and its first paint quick.
 */
const CARDS_IN_FIRST_PAINT = 40;
const noSubscription = () => () => {};

export function AnnotationPanel(props: PanelProps) {
  const { annotations, orphaned, selectedId } = props;
  const isHydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const visible = isHydrated ? props.visible : props.visible.slice(0, CARDS_IN_FIRST_PAINT);
  const creates = useWorkbench((s) => s.creates);
  const error = useWorkbench((s) => s.error);
  const store = useAnnotationStore();
  const failedCreates = creates.filter((c) => c.error);
  const selectedRef = useRef<HTMLLIElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  // On narrow screens the panel is a bottom drawer; it opens by itself when a card is selected.
  const [isDrawerOpen, setDrawerOpen] = useState(false);
  const [openedFor, setOpenedFor] = useState(selectedId);
  if (selectedId !== openedFor) {
    setOpenedFor(selectedId);
    if (selectedId) setDrawerOpen(true);
  }
  useEffect(() => {
    const card = selectedRef.current;
    const panel = panelRef.current;
    if (!card || !panel) return;
    // The opened card takes focus so keyboard and screen-reader users land in it.
    card.querySelector<HTMLElement>(".card-summary")?.focus({ preventScroll: true });
    // Scroll the panel only: scrollIntoView would also move the page away from the article.
    const top = card.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
    if (top < panel.scrollTop || top + 80 > panel.scrollTop + panel.clientHeight) panel.scrollTo({ top: Math.max(0, top - 16) });
  }, [selectedId, isHydrated]);
  const claims = annotations.filter((a) => a.kind === "CLAIM");

  return (
    <aside ref={panelRef} className={`side-panel${isDrawerOpen ? " drawer-open" : ""}`} aria-label="Annotations">
      <button type="button" className="drawer-toggle secondary" aria-expanded={isDrawerOpen} onClick={() => setDrawerOpen((open) => !open)}>
        {isDrawerOpen ? "Hide annotations" : `Show annotations (${annotations.length})`}
      </button>
      <h2>
        Annotations{" "}
        <span className="count">
          {props.visible.length === annotations.length ? annotations.length : `${props.visible.length} of ${annotations.length}`}
        </span>
        {creates.length > failedCreates.length && <span className="saving"> · saving…</span>}
      </h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {failedCreates.length > 0 && (
        <p role="alert" className="error">
          {failedCreates.length === 1 ? "1 new annotation is" : `${failedCreates.length} new annotations are`} not saved yet:{" "}
          {failedCreates[0]!.error} It will be sent again when the connection is back.{" "}
          <button type="button" className="link-button" onClick={() => store.retryAll()}>
            Retry now
          </button>
        </p>
      )}
      {annotations.length > 0 && <AnnotationFilters annotations={annotations} filter={props.filter} onChange={props.onFilterChange} />}
      {annotations.length === 0 ? (
        <p className="empty">Select text in the article and tag it as a claim (C), quote (Q) or opinion (O).</p>
      ) : (
        <ol className="annotation-list">
          {visible.map((annotation) => (
            <AnnotationCard
              key={annotation.id}
              ref={annotation.id === selectedId ? selectedRef : undefined}
              annotation={annotation}
              isSelected={annotation.id === selectedId}
              onSelect={() => props.onSelect(annotation.id)}
            >
              <AnnotationEditor
                annotationId={annotation.id}
                claims={claims.filter((c) => c.id !== annotation.id)}
                canEdit={props.canEdit(annotation)}
                onDelete={() => props.onDelete(annotation.id)}
                actor={props.actor}
                isFrozen={props.isFrozen}
              />
            </AnnotationCard>
          ))}
        </ol>
      )}
      {orphaned.length > 0 && (
        <section className="orphans" aria-label="Orphaned annotations">
          <h3>Orphaned ({orphaned.length})</h3>
          <p className="hint">The corrected text no longer contains these quotes. Nothing was lost: select the new text and re-attach.</p>
          <ul>
            {orphaned.map((a) => (
              <li key={a.id} className={`card card-${a.kind.toLowerCase()}`}>
                <blockquote>{a.exact}</blockquote>
                {props.canEdit(a) && (
                  // mousedown would clear the text selection this button needs.
                  <button
                    type="button"
                    className="secondary"
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => props.onReattach(a.id)}
                  >
                    Re-attach to selected text
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="hint keys">
        <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>Esc</kbd> close · <kbd>Delete</kbd> delete
      </p>
    </aside>
  );
}
