import { describe, expect, it } from "vitest";
import { submissionProblems, type SubmissionFacts } from "./submission";

const claim: SubmissionFacts = {
  kind: "CLAIM",
  status: "DRAFT",
  orphanedAt: null,
  verdict: { rating: "FALSE" },
  sourceCount: 1,
  claimText: "Fares were frozen.",
};

describe("submissionProblems", () => {
  it("lets a complete claim through", () => {
    expect(submissionProblems(claim)).toEqual([]);
  });

  it("requires a source for a verdict other than Unverifiable", () => {
    expect(submissionProblems({ ...claim, sourceCount: 0 })).toEqual(["A “False” verdict needs at least one source."]);
    expect(submissionProblems({ ...claim, sourceCount: 0, verdict: { rating: "UNVERIFIABLE" } })).toEqual([]);
  });

  it("requires a verdict and a checkable sentence on claims only", () => {
    expect(submissionProblems({ ...claim, verdict: null, claimText: " " })).toEqual([
      "Restate the claim as one checkable sentence.",
      "Choose a verdict.",
    ]);
    expect(submissionProblems({ ...claim, kind: "QUOTE", verdict: null, sourceCount: 0, claimText: null })).toEqual([]);
  });

  it("refuses orphaned annotations and ones already in review", () => {
    expect(submissionProblems({ ...claim, orphanedAt: new Date() })).toHaveLength(1);
    expect(submissionProblems({ ...claim, status: "SUBMITTED" })).toEqual(["It is already in review, approved or dismissed."]);
  });
});
