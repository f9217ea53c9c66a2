"use client";
import { useEffect, useRef, useState } from "react";
import { useShortcuts } from "@/components/ui/use-shortcuts";
import type { AnnotationView, ReviewView } from "@/lib/annotations/types";
import { changedSince } from "@/lib/annotations/changed-since";
import { annotationHistoryAction } from "@/lib/actions/annotation-actions";
import { callAction } from "@/lib/actions/call-action";
import { REVIEW_OUTCOME_LABELS, type Role } from "@/lib/enums";
import { keyFor } from "@/lib/editor/keymap";
import { transitionProblems, type ReviewAction } from "@/lib/workflow/annotation-status";

type ReviewControlsProps = {
  annotation: AnnotationView;
  actor: { id: string; role: Role };
  isFrozen: boolean;
  onReview: (action: ReviewAction, reason?: string) => Promise<string | null>;
  onReopen: () => Promise<string | null>;
};

const time = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/**
 * A second person's review of the open card: Approve (a), Request changes (r) or Dismiss, each with
 * the reason the step needs. The buttons follow the server's own table (lib/workflow), so the author
 * sees why they cannot approve instead of a button that would be refused.
 */
export function ReviewControls({ annotation, actor, isFrozen, onReview, onReopen }: ReviewControlsProps) {
  const [asking, setAsking] = useState<"requestChanges" | "dismiss" | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const facts = { authorId: annotation.author.id, status: annotation.status, lastEditedById: annotation.lastEditedById };
  const problems = (action: ReviewAction | "reopen") => (isFrozen ? ["frozen"] : transitionProblems(action, facts, actor));
  const canApprove = problems("approve").length === 0;
  const canRequest = problems("requestChanges").length === 0;
  const canDismiss = problems("dismiss").length === 0;
  const canReopen = problems("reopen").length === 0;

  async function act(step: () => Promise<string | null>) {
    setBusy(true);
    const message = await step();
    setBusy(false);
    setError(message);
    if (!message) {
      setAsking(null);
      setReason("");
    }
  }

  const ask = (what: "requestChanges" | "dismiss") => {
    setAsking(what);
    setError(null);
  };
  useEffect(() => {
    if (asking) reasonRef.current?.focus();
  }, [asking]);

  useShortcuts({
    approve: () => {
      if (!canApprove) return false;
      void act(() => onReview("approve"));
    },
    requestChanges: () => {
      if (!canRequest) return false;
      ask("requestChanges");
    },
  });

  const approvedBefore = [...annotation.reviews].reverse().find((r) => r.outcome === "APPROVED");
  const isEditedAfterApproval = annotation.status === "SUBMITTED" && approvedBefore !== undefined;
  const whyNot = annotation.status === "SUBMITTED" && !canApprove && !isFrozen ? problems("approve")[0] : null;

  return (
    <section className="review" aria-label="Review">
      <h3>Review</h3>
      {isEditedAfterApproval && <EditedAfterApproval annotationId={annotation.id} version={annotation.version} approval={approvedBefore} />}
      {whyNot && <p className="hint">{whyNot}</p>}
      {(canApprove || canRequest || canDismiss || canReopen) && (
        <div className="row">
          {canApprove && (
            <button
              type="button"
              disabled={isBusy}
              onClick={() => void act(() => onReview("approve"))}
              aria-keyshortcuts={keyFor("approve")}
            >
              Approve <kbd>{keyFor("approve")}</kbd>
            </button>
          )}
          {canRequest && (
            <button
              type="button"
              className="secondary"
              disabled={isBusy}
              onClick={() => ask("requestChanges")}
              aria-keyshortcuts={keyFor("requestChanges")}
            >
              Request changes <kbd>{keyFor("requestChanges")}</kbd>
            </button>
          )}
          {canDismiss && (
            <button type="button" className="secondary" disabled={isBusy} onClick={() => ask("dismiss")}>
              Dismiss…
            </button>
          )}
          {canReopen && (
            <button type="button" className="secondary" disabled={isBusy} onClick={() => void act(onReopen)}>
              Reopen
            </button>
          )}
        </div>
      )}
      {asking && (
        <form
          className="reason-form"
          onSubmit={(event) => {
            event.preventDefault();
            void act(() => onReview(asking, reason));
          }}
        >
          <label>
            {asking === "requestChanges" ? "What needs to change" : "Why dismiss it (e.g. not check-worthy)"}
            <textarea ref={reasonRef} rows={2} value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />
          </label>
          <div className="row">
            <button type="submit" disabled={isBusy || !reason.trim() || !(asking === "requestChanges" ? canRequest : canDismiss)}>
              {asking === "requestChanges" ? "Send request for changes" : "Dismiss"}
            </button>
            <button type="button" className="link-button" onClick={() => setAsking(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {annotation.reviews.length > 0 && (
        <ol className="review-history" aria-label="Review history">
          {annotation.reviews.map((review) => (
            <li key={review.id}>
              <strong>{review.reviewer.name}</strong> · {REVIEW_OUTCOME_LABELS[review.outcome]} · version {review.version}{" "}
              <span className="meta">· {time.format(new Date(review.at))}</span>
              {review.reason && <blockquote>{review.reason}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** "Edited after approval", and what changed since, read from the audit trail when the notice shows. */
function EditedAfterApproval({ annotationId, version, approval }: { annotationId: string; version: number; approval: ReviewView }) {
  const [changes, setChanges] = useState<string[] | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void callAction(annotationHistoryAction, { annotationId }).then((result) => {
      if (isCurrent && result.ok) setChanges(changedSince(result.data, approval.at));
    });
    return () => {
      isCurrent = false;
    };
  }, [annotationId, version, approval.at]);
  return (
    <p className="notice edited-after-approval">
      Edited after approval: {approval.reviewer.name} approved version {approval.version}
      {changes && changes.length > 0 ? `; changed since: ${changes.join(", ")}.` : "; it has changed since."}
    </p>
  );
}
