import type { AnnotationKind, AnnotationStatus, ArticleStatus } from "@/lib/enums";
import { KIND_LABELS } from "@/lib/enums";
import { plural } from "@/lib/plural";

export type SignOffFacts = {
  articleStatus: ArticleStatus;
  annotations: { kind: AnnotationKind; status: AnnotationStatus; orphanedAt: string | Date | null }[];
};

/** The outcomes a finding needs before sign-off; My work's query reads this list too. */
export const SETTLED_STATUSES = ["APPROVED", "DISMISSED"] as const satisfies readonly AnnotationStatus[];
const isSettled = (status: AnnotationStatus) => (SETTLED_STATUSES as readonly AnnotationStatus[]).includes(status);

export const NO_FINDINGS =
  "It has no findings yet: tag what is check-worthy, or sign it off as having nothing check-worthy, with a reason.";

/** The rule in one sentence, for lists that show only the articles that meet it (My work). */
export const SIGN_OFF_RULE =
  "an article is ready once it has at least one finding and every finding is approved or dismissed and placed in the text; one with nothing check-worthy is signed off as such, with a reason";

function closedProblems(articleStatus: ArticleStatus): string[] {
  if (articleStatus === "SIGNED_OFF") return ["It is already signed off."];
  if (articleStatus === "ARCHIVED") return ["It is archived."];
  return [];
}

/**
 * Why the article cannot be signed off yet, in words the header shows; empty when it can. It needs
 * at least one finding (an article with none is signed off as having nothing check-worthy, with a
 * reason: nothingCheckWorthyProblems), and every finding must be approved by a second person or
 * dismissed with a reason, and placed in the text.
 */
export function signOffProblems({ articleStatus, annotations }: SignOffFacts): string[] {
  const closed = closedProblems(articleStatus);
  if (closed.length) return closed;
  if (annotations.length === 0) return [NO_FINDINGS];
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

/**
 * Why the article cannot be signed off as having nothing check-worthy; empty when it can. Only an
 * article without findings: one with findings settles each (a dismissal says why it is not
 * check-worthy) and is signed off the ordinary way.
 */
export function nothingCheckWorthyProblems({ articleStatus, annotations }: SignOffFacts): string[] {
  const closed = closedProblems(articleStatus);
  if (closed.length) return closed;
  if (annotations.length === 0) return [];
  const each = annotations.length === 1 ? "approve or dismiss it" : "approve or dismiss each";
  return [`It has ${plural(annotations.length, "finding")}: ${each}, then sign off (dismissing says why a finding is not check-worthy).`];
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
