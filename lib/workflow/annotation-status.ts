import type { Actor } from "@/lib/auth/session";
import type { AnnotationStatus } from "@/lib/generated/prisma/enums";
import { isEditorial } from "@/lib/policies/roles";
import { ALREADY_IN_REVIEW, readinessProblems, SUBMITTABLE_STATUSES, type SubmissionFacts } from "@/lib/workflow/submission";

// The review workflow of one annotation as a transition table: for each step, the statuses it
// starts from, the status it leads to, who may take it and what to say when the status forbids
// it. Every use case that changes a status asks this table; the card asks it too.
//
//   DRAFT ─submit─▶ SUBMITTED ─approve─▶ APPROVED ─reopen─▶ DRAFT
//   SUBMITTED ─withdraw─▶ DRAFT       SUBMITTED ─requestChanges─▶ CHANGES_REQUESTED ─submit─▶ SUBMITTED

export type AnnotationAction = "edit" | "submit" | "withdraw" | "approve" | "requestChanges" | "reopen";

/** Who may take a step. A review needs a second person: never the annotation's own author. */
type Who = "authorOrEditor" | "editor" | "editorNotAuthor";

type Transition = {
  from: readonly AnnotationStatus[];
  /** The status the step leads to; null keeps it (an edit changes the content, not the state). */
  to: AnnotationStatus | null;
  who: Who;
  /** Said when the annotation's status does not allow the step. */
  blocked: string;
};

export const ANNOTATION_TRANSITIONS = {
  // An edit in review stays in review: a review decision records the version it saw, so a later
  // edit is visibly unreviewed. Approved findings are frozen until reopened.
  edit: {
    from: ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED"],
    to: null,
    who: "authorOrEditor",
    blocked: "Approved annotations cannot be edited.",
  },
  submit: { from: SUBMITTABLE_STATUSES, to: "SUBMITTED", who: "authorOrEditor", blocked: ALREADY_IN_REVIEW },
  withdraw: { from: ["SUBMITTED"], to: "DRAFT", who: "authorOrEditor", blocked: "Only an annotation in review can be withdrawn." },
  approve: { from: ["SUBMITTED"], to: "APPROVED", who: "editorNotAuthor", blocked: "Only an annotation in review can be approved." },
  requestChanges: {
    from: ["SUBMITTED"],
    to: "CHANGES_REQUESTED",
    who: "editorNotAuthor",
    blocked: "Changes can only be requested on an annotation in review.",
  },
  reopen: { from: ["APPROVED"], to: "DRAFT", who: "editor", blocked: "Only an approved annotation can be reopened." },
} as const satisfies Record<AnnotationAction, Transition>;

export type WorkflowActor = Pick<Actor, "id" | "role">;
export type StatusFacts = { authorId: string; status: AnnotationStatus };
export type SubmitFacts = StatusFacts & SubmissionFacts;

/** Whether the annotation's status allows the step at all, whoever asks. */
export function isAllowedFrom(action: AnnotationAction, status: AnnotationStatus): boolean {
  return (ANNOTATION_TRANSITIONS[action].from as readonly AnnotationStatus[]).includes(status);
}

/** The status after the step. Callers check transitionProblems first; an illegal step here is a bug. */
export function nextStatus(action: AnnotationAction, status: AnnotationStatus): AnnotationStatus {
  if (!isAllowedFrom(action, status)) throw new Error(`${action} is not a step from ${status}.`);
  return ANNOTATION_TRANSITIONS[action].to ?? status;
}

/**
 * Why this actor cannot take this step on this annotation; empty when they can. The status comes
 * first, then who is asking, then (for submit) whether the finding is complete, so the first
 * reason is the one that matters most.
 */
export function transitionProblems(action: "submit", facts: SubmitFacts, actor: WorkflowActor): string[];
export function transitionProblems(action: Exclude<AnnotationAction, "submit">, facts: StatusFacts, actor: WorkflowActor): string[];
export function transitionProblems(action: AnnotationAction, facts: StatusFacts | SubmitFacts, actor: WorkflowActor): string[] {
  const transition = ANNOTATION_TRANSITIONS[action];
  const statusProblems = isAllowedFrom(action, facts.status) ? [] : [transition.blocked];
  // Submitting also needs a complete finding: the same rules the card shows (lib/workflow/submission).
  const readiness = action === "submit" ? readinessProblems(facts as SubmitFacts) : [];
  return [...statusProblems, ...actorProblems(transition.who, facts, actor), ...readiness];
}

function actorProblems(who: Who, facts: StatusFacts, actor: WorkflowActor): string[] {
  const isAuthor = facts.authorId === actor.id;
  switch (who) {
    case "authorOrEditor":
      return isAuthor || isEditorial(actor) ? [] : ["Only the author or an editor can change this annotation."];
    case "editor":
      return isEditorial(actor) ? [] : ["Only an editor or an admin can do this."];
    case "editorNotAuthor":
      if (!isEditorial(actor)) return ["Only an editor or an admin can review annotations."];
      return isAuthor ? ["A second person must review this: you wrote it."] : [];
  }
}
