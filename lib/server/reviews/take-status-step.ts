import "server-only";
import type { Actor } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import type { AnnotationStatus } from "@/lib/enums";
import { AppError } from "@/lib/errors";
import { editAnnotationRefusal } from "@/lib/policies/annotations";
import { claimAnnotationVersion, type AnnotationRule } from "@/lib/server/annotations/claim-version";
import { readAnnotationView } from "@/lib/server/annotations/read-annotation-view";
import type { AuditEntryOf } from "@/lib/audit/audit-events";
import { recordAudit } from "@/lib/server/audit";
import { enqueueStepEvent } from "@/lib/server/webhooks/annotation-step-event";
import { nextStatus, transitionProblems, type AnnotationAction } from "@/lib/workflow/annotation-status";

export type StatusStep = Exclude<AnnotationAction, "edit" | "withdraw">;

type ClaimedAnnotation = Awaited<ReturnType<typeof claimAnnotationVersion>>;

/** The annotation as claimed for the step, and where the step took it. */
export type TakenStep = {
  annotation: ClaimedAnnotation;
  from: AnnotationStatus;
  to: AnnotationStatus;
  /** The version the step was taken on; the annotation's own `version` is the one after it. */
  version: number;
};

type StepAction =
  "annotation.submitted" | "annotation.approved" | "annotation.changes_requested" | "annotation.dismissed" | "annotation.reopened";

/** A step's audit event: one of the steps' actions with its own payload. */
export type StepAudit = { [A in StepAction]: Omit<AuditEntryOf<A>, "actorId" | "entityType" | "entityId" | "articleId"> }[StepAction];

export type TakeStatusStepOptions<Written> = {
  actor: Actor;
  annotationId: string;
  version: number;
  step: StatusStep;
  /** What a lost race is told (lib/workflow/lost-decision); a general line otherwise. */
  conflictMessage?: string;
  /** What else the step writes in its transaction before its audit event (a review's decision). */
  write?: (taken: TakenStep) => Promise<Written>;
  /** The audit event's action and what it records (`written` is what `write` answered). */
  audit: (taken: TakenStep, written: Written) => StepAudit;
};

/**
 * One step of an annotation's review workflow (submit, approve, request changes, dismiss, reopen)
 * in the caller's transaction: claim the version the actor saw, so a step and an edit on the same
 * version can never both pass; move the status as the transition table says
 * (lib/workflow/annotation-status); record it, and write its webhook event to the outbox. Answers the step and the annotation's view after it.
 */
export async function takeStatusStep<Written = undefined>(
  tx: Tx,
  { actor, annotationId, version, step, conflictMessage, write, audit }: TakeStatusStepOptions<Written>,
) {
  const annotation = await claimAnnotationVersion(tx, { actor, annotationId, version, rule: claimRule(step), conflictMessage });
  if (step === "submit") refuseUnlessReady(actor, annotation);
  const taken: TakenStep = { annotation, from: annotation.status, to: nextStatus(step, annotation.status), version };
  await tx.annotation.update({ where: { id: annotationId }, data: { status: taken.to }, select: { id: true } });
  // Without `write`, Written is its default, undefined.
  const written = write ? await write(taken) : (undefined as Written);
  const recorded = audit(taken, written);
  await recordAudit(tx, {
    actorId: actor.id,
    entityType: "Annotation",
    entityId: annotationId,
    articleId: annotation.articleId,
    ...recorded,
  });
  const view = await readAnnotationView(tx, annotationId);
  await enqueueStepEvent(tx, { actor, step: recorded, version, view });
  return { ...taken, view };
}

/**
 * Who may claim the annotation for the step: the transition table's rule, answered as FORBIDDEN.
 * Submitting changes the card, so whoever may edit it may claim it; the table then decides the
 * step on the card as claimed (refuseUnlessReady).
 */
function claimRule(step: StatusStep): AnnotationRule {
  if (step === "submit") return editAnnotationRefusal;
  return (who, facts) => transitionProblems(step, facts, who)[0] ?? null;
}

/** A submission of a finding that is not complete (or already in review) is refused as INVALID, with every problem. */
function refuseUnlessReady(actor: Actor, annotation: ClaimedAnnotation) {
  const facts = { ...annotation, authorId: annotation.author.id, sourceCount: annotation.sources.length };
  const problems = transitionProblems("submit", facts, actor);
  if (problems.length) throw new AppError("INVALID", `Not ready for review: ${problems.join(" ")}`, { problems });
}
