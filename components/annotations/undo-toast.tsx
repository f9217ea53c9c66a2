"use client";
import { useEffect } from "react";

const UNDO_WINDOW_MS = 10_000;

export function UndoToast({ message, onUndo, onDismiss }: { message: string; onUndo: () => void; onDismiss: () => void }) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [onDismiss]);
  return (
    <div className="toast" role="status">
      {message}{" "}
      <button type="button" className="link-button" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
