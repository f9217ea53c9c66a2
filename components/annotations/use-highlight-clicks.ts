"use client";
import { useCallback } from "react";
import { annotationIdsAt } from "@/components/editor/annotation-highlights";

type Span = { id: string; start: number; end: number };

/**
 * A click on highlighted text opens the innermost (shortest) annotation there; clicking again
 * where spans overlap cycles through the others. A click that ends a text selection does nothing.
 */
export function useHighlightClicks({
  annotations,
  selectedId,
  onSelect,
}: {
  annotations: Span[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  return useCallback(
    (event: React.MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const target = (event.target as Element).closest(".hl");
      const here = new Set(target ? annotationIdsAt(target) : []);
      const ids = annotations
        .filter((a) => here.has(a.id))
        .sort((a, b) => a.end - a.start - (b.end - b.start))
        .map((a) => a.id);
      const next = ids[(ids.indexOf(selectedId ?? "") + 1) % ids.length];
      if (next) onSelect(next);
    },
    [annotations, selectedId, onSelect],
  );
}
