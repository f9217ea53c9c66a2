import type { AnnotationEntry } from "@/lib/annotations/workbench-state";

const TEXT = {
  saved: "Saved",
  pending: "Unsaved changes…",
  saving: "Saving…",
  error: "Not saved",
  conflict: "Not saved: changed elsewhere",
} as const;

/** The card's save state; "Not saved" always says why, and offers Retry while there is something to send. */
export function SaveStatus({ entry, onRetry }: { entry: AnnotationEntry; onRetry: () => void }) {
  const hasEdits = Object.keys(entry.edits).length > 0;
  return (
    <p className={`save-status save-${entry.status}`} role="status" aria-live="polite">
      {TEXT[entry.status]}
      {entry.status === "error" && (
        <>
          {": "}
          {entry.message}
          {entry.isRetryable && " It will be sent again when the connection is back."}{" "}
          {hasEdits && (
            <button type="button" className="link-button" onClick={onRetry}>
              Retry
            </button>
          )}
        </>
      )}
    </p>
  );
}
