import { describe, expect, it } from "vitest";
import { lostDecisionMessage } from "./lost-decision";

const review = (outcome: "APPROVED" | "CHANGES_REQUESTED" | "DISMISSED", version: number, name = "Eddie Editor") => ({
  outcome,
  version,
  reviewer: { name },
});

describe("lostDecisionMessage", () => {
  it("names who decided what first on the version this reviewer read, that theirs was not recorded, and the state now", () => {
    const approved = { status: "APPROVED" as const, version: 5, reviews: [review("APPROVED", 4)] };
    expect(lostDecisionMessage("requestChanges", 4, approved)).toBe(
      "Eddie Editor approved this finding first, so your request for changes was not recorded. It is now Approved.",
    );
    expect(lostDecisionMessage("approve", 4, approved)).toBe(
      "Eddie Editor approved this finding first, so your approval was not recorded. It is now Approved.",
    );
    const returned = {
      status: "CHANGES_REQUESTED" as const,
      version: 5,
      reviews: [review("APPROVED", 2, "Ada Admin"), review("CHANGES_REQUESTED", 4)],
    };
    expect(lostDecisionMessage("approve", 4, returned)).toBe(
      "Eddie Editor requested changes on this finding first, so your approval was not recorded. It is now Changes requested.",
    );
    const dismissed = { status: "DISMISSED" as const, version: 5, reviews: [review("DISMISSED", 4, "Ada Admin")] };
    expect(lostDecisionMessage("dismiss", 4, dismissed)).toBe(
      "Ada Admin dismissed this finding first, so your dismissal was not recorded. It is now Dismissed.",
    );
  });

  it("says the finding changed first when no decision was taken on that version (an edit, a withdrawal)", () => {
    const edited = { status: "SUBMITTED" as const, version: 6, reviews: [review("APPROVED", 2)] };
    expect(lostDecisionMessage("approve", 4, edited)).toBe(
      "The finding changed first (it is now version 6), so your approval was not recorded. It is now In review.",
    );
  });
});
