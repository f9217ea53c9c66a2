import type { AnnotationStatus } from "@/lib/enums";
import type { ReanchorPlan } from "@/lib/annotations/plan-reanchoring";

export type StoredFinding = { id: string; status: AnnotationStatus; exact: string };

/**
 * The findings a correction of the text sends back to review. An approval covered the words the
 * finding quoted, so an approved finding needs a review again when its words changed, were found
 * only approximately (fuzzy), or were lost (orphaned); one whose words only moved keeps its approval.
 */
export function findingsBackToReview(stored: StoredFinding[], plan: ReanchorPlan[]): string[] {
  const byId = new Map(stored.map((finding) => [finding.id, finding]));
  return plan
    .filter((move) => {
      const was = byId.get(move.id);
      return was?.status === "APPROVED" && (move.isOrphaned || move.method === "fuzzy" || move.exact !== was.exact);
    })
    .map((move) => move.id);
}

/** Why a correction reopened the article and sent findings back to review: the records say it in these words. */
export function correctionReason(revision: number): string {
  return `The text was corrected (revision ${revision}).`;
}
