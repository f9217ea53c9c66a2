"use client";
import { useEffect, useRef } from "react";

const UNDO_WINDOW_MS = 10_000;

/** Offers Undo for ten seconds from when it appears; a re-render does not restart the clock (give it a `key` per deletion). */
export function UndoToast({ message, onUndo, onDismiss }: { message: string; onUndo: () => void; onDismiss: () => void }) {
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  }, [onDismiss]);
  useEffect(() => {
    const timer = setTimeout(() => dismiss.current(), UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="toast" role="status">
      {message}{" "}
      <button type="button" className="link-button" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
