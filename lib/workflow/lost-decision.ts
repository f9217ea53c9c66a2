import type { AnnotationStatus, ReviewOutcome } from "@/lib/enums";
import { STATUS_LABELS } from "@/lib/enums";
import type { ReviewAction } from "@/lib/workflow/annotation-status";

/** What the finding is now, as much of it as the message needs (an AnnotationView fits). */
export type DecidedFinding = {
  status: AnnotationStatus;
  version: number;
  reviews: readonly { outcome: ReviewOutcome; version: number; reviewer: { name: string } }[];
};

const DECIDED = { APPROVED: "approved", CHANGES_REQUESTED: "requested changes on", DISMISSED: "dismissed" } as const satisfies Record<
  ReviewOutcome,
  string
>;
const YOURS = { approve: "approval", requestChanges: "request for changes", dismiss: "dismissal" } as const satisfies Record<
  ReviewAction,
  string
>;

/**
 * One line for a reviewer whose decision lost the race for the version they read: who decided
 * what first (the decision taken on that same version), that theirs was not recorded, and where
 * the finding stands now. Nothing was typed in the card's fields, so nothing is offered to keep.
 */
export function lostDecisionMessage(action: ReviewAction, readVersion: number, current: DecidedFinding): string {
  const first = current.reviews.findLast((review) => review.version === readVersion);
  const what = first
    ? `${first.reviewer.name} ${DECIDED[first.outcome]} this finding first`
    : `The finding changed first (it is now version ${current.version})`;
  return `${what}, so your ${YOURS[action]} was not recorded. It is now ${STATUS_LABELS[current.status]}.`;
}

/** The steps that carry nothing typed and are not review decisions: each names the version it was taken on. */
export type StaleStep = "submit" | "delete" | "reattach";

const NOT_MADE = { submit: "submitted", delete: "deleted", reattach: "re-attached" } as const satisfies Record<StaleStep, string>;
const AGAIN = { submit: "submit it", delete: "delete it", reattach: "re-attach it" } as const satisfies Record<StaleStep, string>;

/**
 * One line for someone whose submission, deletion or re-attachment named a version that someone
 * else moved on first: the step was not taken, the finding is shown as it is now, and taking it
 * again is a decision made on that. Nothing was typed for it, so nothing is offered to keep.
 */
export function staleStepMessage(step: StaleStep): string {
  return `Someone else changed this finding first, so it was not ${NOT_MADE[step]}. It is shown as it is now: ${AGAIN[step]} again if you still want to.`;
}
