import type { SaveState } from "@/components/annotations/use-annotation-saver";

const TEXT = {
  saved: "Saved",
  pending: "Unsaved changes…",
  saving: "Saving…",
  error: "Not saved",
  conflict: "Not saved: changed elsewhere",
} as const;

export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  return (
    <p className={`save-status save-${state.status}`} role="status" aria-live="polite">
      {TEXT[state.status]}
      {state.status === "error" && (
        <>
          {": "}
          {state.message}{" "}
          <button type="button" className="link-button" onClick={onRetry}>
            Retry
          </button>
        </>
      )}
    </p>
  );
}
