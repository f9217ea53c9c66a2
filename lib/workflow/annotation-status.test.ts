import { describe, expect, it } from "vitest";
import { AnnotationStatus } from "@/lib/generated/prisma/enums";
import { ANNOTATION_TRANSITIONS, nextStatus, transitionProblems, type AnnotationAction, type SubmitFacts } from "./annotation-status";
import { submissionProblems } from "./submission";

const author = { id: "author", role: "REVIEWER" as const };
const colleague = { id: "colleague", role: "REVIEWER" as const };
const editor = { id: "editor", role: "EDITOR" as const };
const admin = { id: "admin", role: "ADMIN" as const };
const STATUSES = Object.values(AnnotationStatus);
const ACTIONS = Object.keys(ANNOTATION_TRANSITIONS) as AnnotationAction[];

const facts = (status: AnnotationStatus, authorId = "author") => ({ authorId, status });
const claim = (status: AnnotationStatus, overrides: Partial<SubmitFacts> = {}): SubmitFacts => ({
  authorId: "author",
  status,
  kind: "CLAIM",
  orphanedAt: null,
  verdict: { rating: "FALSE" },
  sourceCount: 1,
  claimText: "Fares were frozen.",
  ...overrides,
});
const problems = (action: AnnotationAction, status: AnnotationStatus, actor: { id: string; role: "ADMIN" | "EDITOR" | "REVIEWER" }) =>
  action === "submit" ? transitionProblems("submit", claim(status), actor) : transitionProblems(action, facts(status), actor);

describe("the annotation status table", () => {
  it.each([
    ["submit", "DRAFT", "SUBMITTED"],
    ["submit", "CHANGES_REQUESTED", "SUBMITTED"],
    ["withdraw", "SUBMITTED", "DRAFT"],
    ["approve", "SUBMITTED", "APPROVED"],
    ["requestChanges", "SUBMITTED", "CHANGES_REQUESTED"],
    ["reopen", "APPROVED", "DRAFT"],
    ["edit", "DRAFT", "DRAFT"],
    ["edit", "SUBMITTED", "SUBMITTED"],
    ["edit", "CHANGES_REQUESTED", "CHANGES_REQUESTED"],
  ] as const)("%s leads from %s to %s", (action, from, to) => {
    expect(nextStatus(action, from)).toBe(to);
  });

  it("refuses every step that is not in the table, with a reason, for everyone", () => {
    const allowed = new Set(ACTIONS.flatMap((action) => ANNOTATION_TRANSITIONS[action].from.map((status) => `${action}:${status}`)));
    expect(allowed.size).toBe(9);
    for (const action of ACTIONS) {
      for (const status of STATUSES) {
        if (allowed.has(`${action}:${status}`)) continue;
        expect(() => nextStatus(action, status)).toThrow();
        expect(problems(action, status, admin)[0]).toBe(ANNOTATION_TRANSITIONS[action].blocked);
      }
    }
  });

  it("freezes approved findings: an edit is refused even for an admin", () => {
    expect(transitionProblems("edit", facts("APPROVED"), admin)).toEqual(["Approved annotations cannot be edited."]);
  });

  it("lets the author or an editor edit, submit and withdraw, not a colleague", () => {
    for (const action of ["edit", "submit", "withdraw"] as const) {
      const from = ANNOTATION_TRANSITIONS[action].from[0]!;
      expect(problems(action, from, author)).toEqual([]);
      expect(problems(action, from, editor)).toEqual([]);
      expect(problems(action, from, colleague)).toEqual(["Only the author or an editor can change this annotation."]);
    }
  });

  it("needs four eyes: approve and request changes are refused to the author, even an editor-author", () => {
    for (const action of ["approve", "requestChanges"] as const) {
      expect(transitionProblems(action, facts("SUBMITTED"), editor)).toEqual([]);
      expect(transitionProblems(action, facts("SUBMITTED", "editor"), editor)).toEqual(["A second person must review this: you wrote it."]);
      expect(transitionProblems(action, facts("SUBMITTED"), colleague)).toEqual(["Only an editor or an admin can review annotations."]);
    }
  });

  it("lets only editors and admins reopen an approved finding", () => {
    expect(transitionProblems("reopen", facts("APPROVED"), admin)).toEqual([]);
    expect(transitionProblems("reopen", facts("APPROVED"), author)).toEqual(["Only an editor or an admin can do this."]);
  });

  it("checks a submission with the card's own rules, after the status and the actor", () => {
    const incomplete = claim("DRAFT", { verdict: null, sourceCount: 0 });
    expect(transitionProblems("submit", incomplete, author)).toEqual(submissionProblems(incomplete));
    expect(transitionProblems("submit", incomplete, colleague)).toEqual([
      "Only the author or an editor can change this annotation.",
      "Choose a verdict.",
    ]);
    expect(transitionProblems("submit", claim("SUBMITTED"), author)).toEqual(submissionProblems(claim("SUBMITTED")));
  });
});
