import type { Actor } from "@/lib/auth/actor";
import type { AnnotationStatus, ArticleStatus } from "@/lib/enums";
import { isEditorial } from "@/lib/policies/roles";
import { ALREADY_IN_REVIEW, readinessProblems, SUBMITTABLE_STATUSES, type SubmissionFacts } from "@/lib/workflow/submission";

// The review workflow of one annotation as a transition table: for each step, the statuses it
// starts from, the status it leads to, who may take it and what to say when the status forbids
// it. Every use case that changes a status asks this table; the card asks it too.
//
//   DRAFT ─submit─▶ SUBMITTED ─approve─▶ APPROVED ─edit─▶ SUBMITTED (needs review again)
//   SUBMITTED ─requestChanges─▶ CHANGES_REQUESTED ─submit─▶ SUBMITTED
//   DRAFT | SUBMITTED | CHANGES_REQUESTED ─dismiss─▶ DISMISSED ─reopen─▶ DRAFT
//   SUBMITTED ─withdraw─▶ DRAFT        APPROVED ─reopen─▶ DRAFT

export type AnnotationAction = "edit" | "submit" | "withdraw" | "approve" | "requestChanges" | "dismiss" | "reopen";

/**
 * Who may take a step. A review is a second person's: never the annotation's author nor whoever
 * made its latest change (four-eyes), whatever their role, admins included.
 */
type Who = "authorOrEditor" | "editor" | "secondPerson";

type Transition = {
  from: readonly AnnotationStatus[];
  /** The status the step leads to; for an edit, only an approved finding changes (it needs review again). */
  to: AnnotationStatus | Partial<Record<AnnotationStatus, AnnotationStatus>>;
  who: Who;
  /** Said when the annotation's status does not allow the step. */
  blocked: string;
};

export const ANNOTATION_TRANSITIONS = {
  // An approval covers the version that was reviewed: any later change puts the finding back in review.
  edit: {
    from: ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED"],
    to: { APPROVED: "SUBMITTED" },
    who: "authorOrEditor",
    blocked: "A dismissed annotation is out of the report: reopen it to change it.",
  },
  submit: { from: SUBMITTABLE_STATUSES, to: "SUBMITTED", who: "authorOrEditor", blocked: ALREADY_IN_REVIEW },
  withdraw: { from: ["SUBMITTED"], to: "DRAFT", who: "authorOrEditor", blocked: "Only an annotation in review can be withdrawn." },
  approve: { from: ["SUBMITTED"], to: "APPROVED", who: "secondPerson", blocked: "Only an annotation in review can be approved." },
  requestChanges: {
    from: ["SUBMITTED"],
    to: "CHANGES_REQUESTED",
    who: "secondPerson",
    blocked: "Changes can only be requested on an annotation in review.",
  },
  dismiss: {
    from: ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED"],
    to: "DISMISSED",
    who: "secondPerson",
    blocked: "Only an annotation that is not approved can be dismissed.",
  },
  reopen: {
    from: ["APPROVED", "DISMISSED"],
    to: "DRAFT",
    who: "editor",
    blocked: "Only an approved or dismissed annotation can be reopened.",
  },
} as const satisfies Record<AnnotationAction, Transition>;

/** The steps a reviewer takes on someone else's finding; each records a ReviewDecision. */
export const REVIEW_ACTIONS = ["approve", "requestChanges", "dismiss"] as const satisfies readonly AnnotationAction[];
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export type WorkflowActor = Pick<Actor, "id" | "role">;
export type StatusFacts = {
  authorId: string;
  status: AnnotationStatus;
  /** Who made the latest change; with the author, never the reviewer. */
  lastEditedById?: string | null;
  /** A signed-off (or archived) article freezes every annotation in it. */
  articleStatus?: ArticleStatus;
};
export type SubmitFacts = StatusFacts & SubmissionFacts;

export const ARTICLE_FROZEN: Partial<Record<ArticleStatus, string>> = {
  SIGNED_OFF: "The article is signed off: an editor must reopen it before anything changes.",
  ARCHIVED: "The article is archived.",
};

/** Whether the annotation's status allows the step at all, whoever asks. */
export function isAllowedFrom(action: AnnotationAction, status: AnnotationStatus): boolean {
  return (ANNOTATION_TRANSITIONS[action].from as readonly AnnotationStatus[]).includes(status);
}

/** The status after the step. Callers check transitionProblems first; an illegal step here is a bug. */
export function nextStatus(action: AnnotationAction, status: AnnotationStatus): AnnotationStatus {
  if (!isAllowedFrom(action, status)) throw new Error(`${action} is not a step from ${status}.`);
  const to: Transition["to"] = ANNOTATION_TRANSITIONS[action].to;
  return typeof to === "string" ? to : (to[status] ?? status);
}

/**
 * Why this actor cannot take this step on this annotation; empty when they can. The article
 * comes first, then the status, then who is asking, then (for submit) whether the finding is
 * complete, so the first reason is the one that matters most.
 */
export function transitionProblems(action: "submit", facts: SubmitFacts, actor: WorkflowActor): string[];
export function transitionProblems(action: Exclude<AnnotationAction, "submit">, facts: StatusFacts, actor: WorkflowActor): string[];
export function transitionProblems(action: AnnotationAction, facts: StatusFacts | SubmitFacts, actor: WorkflowActor): string[] {
  const transition = ANNOTATION_TRANSITIONS[action];
  const frozen = facts.articleStatus ? ARTICLE_FROZEN[facts.articleStatus] : undefined;
  const statusProblems = isAllowedFrom(action, facts.status) ? [] : [transition.blocked];
  // Submitting also needs a complete finding: the same rules the card shows (lib/workflow/submission).
  const readiness = action === "submit" ? readinessProblems(facts as SubmitFacts) : [];
  return [...(frozen ? [frozen] : []), ...statusProblems, ...actorProblems(transition.who, facts, actor), ...readiness];
}

function actorProblems(who: Who, facts: StatusFacts, actor: WorkflowActor): string[] {
  const isAuthor = facts.authorId === actor.id;
  switch (who) {
    case "authorOrEditor":
      return isAuthor || isEditorial(actor) ? [] : ["Only the author or an editor can change this annotation."];
    case "editor":
      return isEditorial(actor) ? [] : ["Only an editor or an admin can do this."];
    case "secondPerson":
      if (isAuthor) return ["A second person must review this: you wrote it."];
      if (facts.lastEditedById === actor.id) return ["A second person must review this: you made its latest change."];
      return [];
  }
}
