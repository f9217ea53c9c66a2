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

/** Why an annotation cannot go to review yet; empty when it can. Shared by the card and the server. */
export function submissionProblems(facts: SubmissionFacts): string[] {
  const problems: string[] = [];
  if (facts.status !== "DRAFT" && facts.status !== "CHANGES_REQUESTED") problems.push("It is already in review or approved.");
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
