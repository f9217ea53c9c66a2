import { verdictInfo, verdictNeedsSource } from "@/lib/verdicts/scale";
import type { AnnotationKind, AnnotationStatus, VerdictRating } from "@/lib/generated/prisma/enums";

export type SubmissionFacts = {
  kind: AnnotationKind;
  status: AnnotationStatus;
  orphanedAt: string | Date | null;
  verdict: { rating: VerdictRating } | null;
  sourceCount: number;
  claimText: string | null;
};

/** The statuses an annotation goes to review from; the transition table (annotation-status.ts) uses this list. */
export const SUBMITTABLE_STATUSES = ["DRAFT", "CHANGES_REQUESTED"] as const satisfies readonly AnnotationStatus[];
export const ALREADY_IN_REVIEW = "It is already in review, approved or dismissed.";

/** Why an annotation cannot go to review yet; empty when it can. Shared by the card and the server. */
export function submissionProblems(facts: SubmissionFacts): string[] {
  const isSubmittable = (SUBMITTABLE_STATUSES as readonly AnnotationStatus[]).includes(facts.status);
  return [...(isSubmittable ? [] : [ALREADY_IN_REVIEW]), ...readinessProblems(facts)];
}

/** What a finding still lacks before review, whatever its status. */
export function readinessProblems(facts: Omit<SubmissionFacts, "status">): string[] {
  const problems: string[] = [];
  if (facts.orphanedAt) problems.push("It lost its place in the corrected text: re-attach it first.");
  if (facts.kind === "CLAIM") {
    if (!facts.claimText?.trim()) problems.push("Restate the claim as one checkable sentence.");
    if (!facts.verdict) problems.push("Choose a verdict.");
    else if (verdictNeedsSource(facts.verdict.rating) && facts.sourceCount === 0) {
      problems.push(`A “${verdictInfo(facts.verdict.rating).label}” verdict needs at least one source.`);
    }
  }
  return problems;
}
