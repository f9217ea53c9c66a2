"use client";
import { useEffect } from "react";

type PanelKeys = { onNext: () => void; onPrevious: () => void; onClose: () => void; onDelete: () => void };

export function isTyping(target: EventTarget | null) {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest(".article-text")) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** j / k move between annotations, Esc closes the card, Delete deletes it: never while typing in a field. */
export function usePanelKeys({ onNext, onPrevious, onClose, onDelete }: PanelKeys) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const selection = window.getSelection();
      const hasTextSelection = selection && !selection.isCollapsed;
      const handlers: Record<string, (() => void) | undefined> = {
        j: onNext,
        k: onPrevious,
        Escape: onClose,
        Delete: hasTextSelection ? undefined : onDelete,
      };
      const handler = handlers[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onNext, onPrevious, onClose, onDelete]);
}
