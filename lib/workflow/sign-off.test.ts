import { describe, expect, it } from "vitest";
import { NO_FINDINGS, nothingCheckWorthyProblems, reviewSummary, signOffProblems } from "./sign-off";

const finding = (
  status: "DRAFT" | "SUBMITTED" | "CHANGES_REQUESTED" | "APPROVED" | "DISMISSED",
  kind: "CLAIM" | "QUOTE" | "OPINION" = "CLAIM",
) => ({
  kind,
  status,
  orphanedAt: null,
});

describe("sign-off readiness", () => {
  it("allows sign-off when every finding is approved or dismissed", () => {
    expect(signOffProblems({ articleStatus: "IN_PROGRESS", annotations: [finding("APPROVED"), finding("DISMISSED", "QUOTE")] })).toEqual(
      [],
    );
  });

  it("says in words what stands in the way", () => {
    const annotations = [
      finding("APPROVED"),
      finding("SUBMITTED"),
      finding("SUBMITTED"),
      finding("DRAFT", "OPINION"),
      finding("CHANGES_REQUESTED"),
    ];
    expect(signOffProblems({ articleStatus: "IN_PROGRESS", annotations })).toEqual([
      "4 findings are not approved or dismissed yet (2 waiting for review, 1 with changes requested, 1 still in draft).",
    ]);
  });

  it("refuses an orphaned approved finding, and an article already signed off or archived", () => {
    expect(signOffProblems({ articleStatus: "IN_PROGRESS", annotations: [{ ...finding("APPROVED"), orphanedAt: new Date() }] })).toEqual([
      "1 finding has lost its place in the corrected text.",
    ]);
    expect(signOffProblems({ articleStatus: "SIGNED_OFF", annotations: [] })).toEqual(["It is already signed off."]);
    expect(signOffProblems({ articleStatus: "ARCHIVED", annotations: [] })).toEqual(["It is archived."]);
  });
});

describe("an article with no findings", () => {
  it("is not ready for a plain sign-off: the desk says there is nothing check-worthy, with a reason, or tags what is", () => {
    expect(NO_FINDINGS).toBe(
      "It has no findings yet: tag what is check-worthy, or sign it off as having nothing check-worthy, with a reason.",
    );
    expect(signOffProblems({ articleStatus: "NEW", annotations: [] })).toEqual([NO_FINDINGS]);
  });

  it("is the only article that can be signed off as having nothing check-worthy", () => {
    expect(nothingCheckWorthyProblems({ articleStatus: "NEW", annotations: [] })).toEqual([]);
    expect(nothingCheckWorthyProblems({ articleStatus: "IN_PROGRESS", annotations: [finding("DISMISSED")] })).toEqual([
      "It has 1 finding: approve or dismiss it, then sign off (dismissing says why a finding is not check-worthy).",
    ]);
    expect(nothingCheckWorthyProblems({ articleStatus: "IN_PROGRESS", annotations: [finding("DRAFT"), finding("APPROVED")] })).toEqual([
      "It has 2 findings: approve or dismiss each, then sign off (dismissing says why a finding is not check-worthy).",
    ]);
    expect(nothingCheckWorthyProblems({ articleStatus: "SIGNED_OFF", annotations: [] })).toEqual(["It is already signed off."]);
    expect(nothingCheckWorthyProblems({ articleStatus: "ARCHIVED", annotations: [] })).toEqual(["It is archived."]);
  });

  it("with findings that are all dismissed, is signed off the ordinary way: each dismissal gave its reason", () => {
    expect(signOffProblems({ articleStatus: "IN_PROGRESS", annotations: [finding("DISMISSED")] })).toEqual([]);
  });
});

describe("review summary", () => {
  it("counts approved findings per kind and leaves dismissed ones out of the totals", () => {
    expect(reviewSummary([finding("APPROVED"), finding("SUBMITTED"), finding("APPROVED", "QUOTE"), finding("DISMISSED")])).toBe(
      "1 of 2 claims approved · 1 of 1 quote approved · 1 dismissed",
    );
    expect(reviewSummary([])).toBe("No findings yet");
  });
});
