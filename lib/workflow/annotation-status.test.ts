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
    ["reopen", "DISMISSED", "DRAFT"],
    ["dismiss", "DRAFT", "DISMISSED"],
    ["dismiss", "SUBMITTED", "DISMISSED"],
    ["dismiss", "CHANGES_REQUESTED", "DISMISSED"],
    ["edit", "DRAFT", "DRAFT"],
    ["edit", "SUBMITTED", "SUBMITTED"],
    ["edit", "CHANGES_REQUESTED", "CHANGES_REQUESTED"],
    ["edit", "APPROVED", "SUBMITTED"],
  ] as const)("%s leads from %s to %s", (action, from, to) => {
    expect(nextStatus(action, from)).toBe(to);
  });

  it("refuses every step that is not in the table, with a reason, for everyone", () => {
    const allowed = new Set(ACTIONS.flatMap((action) => ANNOTATION_TRANSITIONS[action].from.map((status) => `${action}:${status}`)));
    expect(allowed.size).toBe(14);
    for (const action of ACTIONS) {
      for (const status of STATUSES) {
        if (allowed.has(`${action}:${status}`)) continue;
        expect(() => nextStatus(action, status)).toThrow(`${action} is not a step from ${status}.`);
        expect(problems(action, status, admin)[0]).toBe(ANNOTATION_TRANSITIONS[action].blocked);
      }
    }
  });

  it("lets an approved finding be edited, which puts it back in review; a dismissed one must be reopened first", () => {
    expect(transitionProblems("edit", facts("APPROVED"), author)).toEqual([]);
    expect(nextStatus("edit", "APPROVED")).toBe("SUBMITTED");
    expect(transitionProblems("edit", facts("DISMISSED"), admin)).toEqual([ANNOTATION_TRANSITIONS.edit.blocked]);
  });

  it("freezes every step while the article is signed off, for everyone", () => {
    for (const action of ACTIONS.filter((a) => a !== "submit")) {
      const from = ANNOTATION_TRANSITIONS[action].from[0]!;
      expect(transitionProblems(action, { ...facts(from), articleStatus: "SIGNED_OFF" }, admin)[0]).toMatch(/signed off/);
    }
    expect(transitionProblems("submit", { ...claim("DRAFT"), articleStatus: "SIGNED_OFF" }, author)[0]).toMatch(/signed off/);
  });

  it("lets the author or an editor edit, submit and withdraw, not a colleague", () => {
    for (const action of ["edit", "submit", "withdraw"] as const) {
      const from = ANNOTATION_TRANSITIONS[action].from[0]!;
      expect(problems(action, from, author)).toEqual([]);
      expect(problems(action, from, editor)).toEqual([]);
      expect(problems(action, from, colleague)).toEqual(["Only the author or an editor can change this annotation."]);
    }
  });

  it("needs four eyes: no review step by the author or the latest editor, admins included; any other reviewer may", () => {
    for (const action of ["approve", "requestChanges", "dismiss"] as const) {
      expect(transitionProblems(action, facts("SUBMITTED"), colleague)).toEqual([]);
      expect(transitionProblems(action, facts("SUBMITTED"), editor)).toEqual([]);
      expect(transitionProblems(action, facts("SUBMITTED", "admin"), admin)).toEqual(["A second person must review this: you wrote it."]);
      expect(transitionProblems(action, { ...facts("SUBMITTED"), lastEditedById: "editor" }, editor)).toEqual([
        "A second person must review this: you made its latest change.",
      ]);
      expect(transitionProblems(action, facts("SUBMITTED"), author)).toEqual(["A second person must review this: you wrote it."]);
    }
  });

  it("lets only editors and admins reopen an approved or dismissed finding", () => {
    expect(transitionProblems("reopen", facts("APPROVED"), admin)).toEqual([]);
    expect(transitionProblems("reopen", facts("DISMISSED"), editor)).toEqual([]);
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
