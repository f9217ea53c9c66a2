import { afterEach, describe, expect, it, vi } from "vitest";
import { AUDIT_ACTIONS, AUDIT_EVENTS, auditLabel, type AuditEntry } from "./audit-events";
import { AuditEventShapeError, parseAuditAction, parseAuditEvent, readAuditEvent } from "./parse-audit-event";

const row = (action: string, entityType: string, before: unknown = null, after: unknown = null) => ({
  id: 41n,
  action,
  entityType,
  before,
  after,
});

afterEach(() => vi.restoreAllMocks());

describe("parseAuditEvent", () => {
  it("reads a row as the event its action names, with its payloads", () => {
    const event = parseAuditEvent(row("annotation.submitted", "Annotation", { status: "DRAFT" }, { status: "SUBMITTED" }));
    expect(event).toEqual({
      action: "annotation.submitted",
      entityType: "Annotation",
      before: { status: "DRAFT" },
      after: { status: "SUBMITTED" },
    });
  });

  it("reads a card save with the fields it names (which the union does not list) kept", () => {
    const event = parseAuditEvent(
      row(
        "annotation.updated",
        "Annotation",
        { note: null, verdict: null, version: 3 },
        { note: "n", verdict: { rating: "FALSE" }, version: 4 },
      ),
    );
    expect(event.after).toEqual({ note: "n", verdict: { rating: "FALSE" }, version: 4 });
    expect(event.before).toEqual({ note: null, verdict: null, version: 3 });
  });

  it("reads a moment as the ISO string the row holds", () => {
    const at = "2026-01-02T03:04:05.000Z";
    expect(parseAuditEvent(row("annotation.deleted", "Annotation", { deletedAt: null }, { deletedAt: at })).after).toEqual({
      deletedAt: at,
    });
  });

  it("refuses an action the app does not write, naming it and the row", () => {
    const old = row("annotation.frobbed", "Annotation");
    expect(() => parseAuditEvent(old)).toThrow(AuditEventShapeError);
    expect(() => parseAuditEvent(old)).toThrow("Audit event 41 (annotation.frobbed) does not fit the audit events: no such action.");
  });

  it("refuses a payload of another shape, saying where", () => {
    const odd = row("annotation.reattached", "Annotation", { start: 1, end: 4, exact: "abc", orphanedAt: null }, { start: "1", end: 4 });
    expect(() => parseAuditEvent(odd)).toThrow(/Audit event 41 \(annotation\.reattached\).*after\.start: .*after\.exact: /);
  });

  it("refuses a payload where there should be none, and none where one is needed", () => {
    expect(() => parseAuditEvent(row("comment.resolved", "Comment", null, { by: "x" }))).toThrow(/after: /);
    expect(() => parseAuditEvent(row("article.corrected", "Article"))).toThrow(/before: .*after: /);
  });

  it("refuses an action on the wrong kind of record", () => {
    expect(() => parseAuditAction(row("source.added", "Annotation"))).toThrow("its entity type is Annotation, not Source.");
  });

  it("is an error that names the action and the row id", () => {
    const error = (() => {
      try {
        parseAuditEvent(row("test.step", "Article"));
      } catch (caught) {
        return caught as AuditEventShapeError;
      }
    })();
    expect(error).toMatchObject({ name: "AuditEventShapeError", action: "test.step", rowId: "41" });
  });
});

describe("readAuditEvent", () => {
  it("reads a row that does not fit as null, and says so in the log, for a page", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(readAuditEvent(row("annotation.frobbed", "Annotation"), { isStrict: false })).toBeNull();
    expect(log).toHaveBeenCalledWith(expect.stringContaining("annotation.frobbed"));
  });

  it("throws under test", () => {
    expect(() => readAuditEvent(row("annotation.frobbed", "Annotation"), { isStrict: true })).toThrow(AuditEventShapeError);
  });

  it("reads a row that fits either way", () => {
    expect(readAuditEvent(row("report.revoked", "PublicReportLink"), { isStrict: false })).toMatchObject({ action: "report.revoked" });
  });
});

describe("the audit events", () => {
  it("word every action for people", () => {
    for (const action of AUDIT_ACTIONS) expect(auditLabel(action)).toMatch(/\S/);
    expect(auditLabel("annotation.needs_review")).toBe("sent it back to review by changing it");
  });

  it("type each entry's payloads by its action", () => {
    const ok: AuditEntry[] = [
      { actorId: null, action: "user.password_changed", entityType: "User", entityId: "u" },
      {
        actorId: "a",
        action: "annotation.deleted",
        entityType: "Annotation",
        entityId: "n",
        before: { deletedAt: null },
        after: { deletedAt: new Date() },
      },
    ];
    // @ts-expect-error a status that does not exist
    const wrongStatus: AuditEntry = {
      actorId: "a",
      action: "annotation.submitted",
      entityType: "Annotation",
      entityId: "n",
      before: { status: "NOPE" },
      after: { status: "SUBMITTED" },
    };
    // @ts-expect-error the action is about a source, not an annotation
    const wrongEntity: AuditEntry = {
      actorId: "a",
      action: "source.added",
      entityType: "Annotation",
      entityId: "n",
      after: { id: "s", annotationId: "n", url: "u" },
    };
    // @ts-expect-error a decision records its decision's id
    const missing: AuditEntry = {
      actorId: "a",
      action: "annotation.approved",
      entityType: "Annotation",
      entityId: "n",
      before: { status: "SUBMITTED", version: 1 },
      after: { status: "APPROVED", version: 2, reviewedVersion: 1 },
    };
    // @ts-expect-error no such action
    const unknown: AuditEntry = { actorId: "a", action: "test.step", entityType: "Article", entityId: "x" };
    expect([ok, wrongStatus, wrongEntity, missing, unknown]).toHaveLength(5);
  });

  it("each name their entity type once", () => {
    expect(AUDIT_EVENTS["annotation.orphaned"].entityType).toBe("Annotation");
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });
});
