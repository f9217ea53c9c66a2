import "server-only";
import type { AuditAction } from "@/lib/audit/audit-events";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { ReviewOutcome } from "@/lib/enums";
import { AppError } from "@/lib/errors";
import type { AnnotationView } from "@/lib/annotations/types";
import { notify } from "@/lib/server/notifications/notify";
import { takeStatusStep } from "@/lib/server/reviews/take-status-step";
import type { ReviewAction } from "@/lib/workflow/annotation-status";
import { lostDecisionMessage } from "@/lib/workflow/lost-decision";
import { reasonProblem } from "@/lib/workflow/reasons";
import type { ApproveAnnotationInput, ReasonedReviewInput } from "@/lib/validation/review";

const OUTCOMES = { approve: "APPROVED", requestChanges: "CHANGES_REQUESTED", dismiss: "DISMISSED" } as const satisfies Record<
  ReviewAction,
  ReviewOutcome
>;
const AUDIT_ACTIONS = {
  approve: "annotation.approved",
  requestChanges: "annotation.changes_requested",
  dismiss: "annotation.dismissed",
} as const satisfies Record<ReviewAction, AuditAction>;

type ReviewOptions = { actor: Actor; action: ReviewAction; annotationId: string; version: number; reason: string | null };

/**
 * One review decision on the version the reviewer read. The version claim makes it atomic with
 * every other change: of an approval and an edit (or two approvals, or an approval and a request
 * for changes) on the same version, exactly one passes and the other is told what happened.
 * The decision, the status, the audit event and the notification are one transaction.
 */
async function decide({ actor, action, annotationId, version, reason }: ReviewOptions) {
  const missing = action === "approve" ? null : reasonProblem(reason);
  if (missing) throw new AppError("INVALID", missing, { field: "reason" });
  return getDb().$transaction(async (tx) => {
    const { annotation, view } = await takeStatusStep(tx, {
      actor,
      annotationId,
      version,
      step: action,
      write: () =>
        tx.reviewDecision.create({
          data: { annotationId, reviewerId: actor.id, outcome: OUTCOMES[action], comment: reason, annotationVersion: version },
          select: { id: true },
        }),
      audit: ({ annotation: claimed, from, to }, decision) => ({
        action: AUDIT_ACTIONS[action],
        before: { status: from, version },
        after: { status: to, version: claimed.version, reviewedVersion: version, decisionId: decision.id, ...(reason && { reason }) },
      }),
    }).catch((error: unknown) => {
      throw toldWhoDecidedFirst(error, action, version);
    });
    if (action === "requestChanges") {
      await notify(tx, {
        userIds: [annotation.author.id, annotation.lastEditedById],
        kind: "CHANGES_REQUESTED",
        actorId: actor.id,
        articleId: annotation.articleId,
        annotationId,
        message: `${actor.name} requested changes: ${reason}`,
      });
    }
    return view;
  });
}

/**
 * A decision that lost the race for its version: the reviewer typed nothing in the card, so the
 * answer is one line (who decided what first, not recorded, the state now) with the current view,
 * not the field-edit conflict.
 */
function toldWhoDecidedFirst(error: unknown, action: ReviewAction, version: number): unknown {
  if (!(error instanceof AppError) || error.code !== "CONFLICT" || !error.details.current) return error;
  const current = error.details.current as AnnotationView;
  return new AppError("CONFLICT", lostDecisionMessage(action, version, current), { ...error.details, reason: "DECIDED_ELSEWHERE" });
}

export type ApproveAnnotationOptions = { actor: Actor; input: ApproveAnnotationInput };

export function approveAnnotation({ actor, input }: ApproveAnnotationOptions) {
  return decide({ actor, action: "approve", annotationId: input.annotationId, version: input.version, reason: input.note || null });
}

export type RequestChangesOptions = { actor: Actor; input: ReasonedReviewInput };

export function requestChanges({ actor, input }: RequestChangesOptions) {
  return decide({ actor, action: "requestChanges", ...input });
}

export type DismissAnnotationOptions = { actor: Actor; input: ReasonedReviewInput };

/** Takes a finding out of the report with a reason (e.g. not check-worthy); it no longer stands in the way of sign-off. */
export function dismissAnnotation({ actor, input }: DismissAnnotationOptions) {
  return decide({ actor, action: "dismiss", ...input });
}
