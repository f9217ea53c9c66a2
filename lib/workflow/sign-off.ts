import type { AnnotationKind, AnnotationStatus, ArticleStatus } from "@/lib/enums";
import { KIND_LABELS } from "@/lib/enums";
import { plural } from "@/lib/plural";

export type SignOffFacts = {
  articleStatus: ArticleStatus;
  annotations: { kind: AnnotationKind; status: AnnotationStatus; orphanedAt: string | Date | null }[];
};

const isSettled = (status: AnnotationStatus) => status === "APPROVED" || status === "DISMISSED";

/**
 * Why the article cannot be signed off yet, in words the header shows; empty when it can. Every
 * finding must be approved by a second person or dismissed with a reason, and placed in the text.
 */
export function signOffProblems({ articleStatus, annotations }: SignOffFacts): string[] {
  if (articleStatus === "SIGNED_OFF") return ["It is already signed off."];
  if (articleStatus === "ARCHIVED") return ["It is archived."];
  const problems: string[] = [];
  const unsettled = annotations.filter((a) => !isSettled(a.status));
  if (unsettled.length) {
    const byStatus = (status: AnnotationStatus) => unsettled.filter((a) => a.status === status).length;
    const parts = [
      [byStatus("SUBMITTED"), "waiting for review"],
      [byStatus("CHANGES_REQUESTED"), "with changes requested"],
      [byStatus("DRAFT"), "still in draft"],
    ] as const;
    const described = parts.filter(([count]) => count > 0).map(([count, what]) => `${count} ${what}`);
    problems.push(`${plural(unsettled.length, "finding is", "findings are")} not approved or dismissed yet (${described.join(", ")}).`);
  }
  const orphaned = annotations.filter((a) => a.orphanedAt && a.status !== "DISMISSED").length;
  if (orphaned) problems.push(`${plural(orphaned, "finding has", "findings have")} lost its place in the corrected text.`);
  return problems;
}

/** "5 of 7 claims approved · 2 of 3 quotes approved": what the header and the article list show. */
export function reviewSummary(annotations: { kind: AnnotationKind; status: AnnotationStatus }[]): string {
  const kinds: AnnotationKind[] = ["CLAIM", "QUOTE", "OPINION"];
  const parts = kinds.flatMap((kind) => {
    const ofKind = annotations.filter((a) => a.kind === kind && a.status !== "DISMISSED");
    if (ofKind.length === 0) return [];
    const approved = ofKind.filter((a) => a.status === "APPROVED").length;
    return [`${approved} of ${ofKind.length} ${KIND_LABELS[kind].toLowerCase()}${ofKind.length === 1 ? "" : "s"} approved`];
  });
  const dismissed = annotations.filter((a) => a.status === "DISMISSED").length;
  if (dismissed) parts.push(`${dismissed} dismissed`);
  return parts.length ? parts.join(" · ") : "No findings yet";
}
