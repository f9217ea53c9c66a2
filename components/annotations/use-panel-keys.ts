"use client";
import { useShortcuts } from "@/components/ui/use-shortcuts";

type PanelKeys = { onNext: () => void; onPrevious: () => void; onClose: () => void; onDelete: () => void };

/** j / k move between annotations, Esc closes the card, Delete deletes it (not while text is selected: it is the reader's). */
export function usePanelKeys({ onNext, onPrevious, onClose, onDelete }: PanelKeys) {
  useShortcuts({
    nextAnnotation: onNext,
    previousAnnotation: onPrevious,
    closeCard: onClose,
    deleteAnnotation: () => {
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed) return false;
      onDelete();
    },
  });
}
