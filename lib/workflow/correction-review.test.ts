import { describe, expect, it } from "vitest";
import type { AnnotationStatus } from "@/lib/enums";
import type { ReanchorPlan } from "@/lib/annotations/plan-reanchoring";
import { correctionReason, findingsBackToReview } from "./correction-review";

const span = { start: 0, end: 11, exact: "4.1 per cent", prefix: "", suffix: "" };
const stored = (id: string, status: AnnotationStatus) => ({ id, status, exact: span.exact });
const moved = (id: string, change: Partial<ReanchorPlan> = {}): ReanchorPlan => ({
  id,
  ...span,
  isOrphaned: false,
  method: "position",
  ...change,
});

describe("findingsBackToReview", () => {
  it("sends back an approved finding whose words changed, were found only fuzzily, or were lost", () => {
    const findings = [stored("changed", "APPROVED"), stored("fuzzy", "APPROVED"), stored("lost", "APPROVED")];
    const plan = [
      moved("changed", { exact: "4.2 per cent" }),
      moved("fuzzy", { method: "fuzzy" }),
      moved("lost", { isOrphaned: true, method: null }),
    ];
    expect(findingsBackToReview(findings, plan)).toEqual(["changed", "fuzzy", "lost"]);
  });

  it("keeps the approval of a finding whose words only moved", () => {
    const findings = [stored("shifted", "APPROVED"), stored("requoted", "APPROVED")];
    const plan = [moved("shifted", { start: 40, end: 51 }), moved("requoted", { method: "quote", start: 7, end: 18 })];
    expect(findingsBackToReview(findings, plan)).toEqual([]);
  });

  it("leaves findings that are not approved to their own workflow, whatever happened to their words", () => {
    const statuses: AnnotationStatus[] = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "DISMISSED"];
    const findings = statuses.map((status) => stored(status, status));
    const plan = statuses.map((status) => moved(status, { isOrphaned: true, method: null }));
    expect(findingsBackToReview(findings, plan)).toEqual([]);
  });

  it("ignores a planned move for an annotation it was not told about", () => {
    expect(findingsBackToReview([], [moved("unknown", { exact: "changed" })])).toEqual([]);
  });
});

describe("correctionReason", () => {
  it("names the revision the correction made", () => {
    expect(correctionReason(3)).toBe("The text was corrected (revision 3).");
  });
});
