import { describe, expect, it } from "vitest";
import { AUDIT_EVENTS, type AuditAction } from "@/lib/audit/audit-events";
import type { HistoryEntry } from "@/lib/annotations/types";
import { changedSince, editedFields } from "./changed-since";

// Payloads cut down to what the rule reads: cast, not parsed through the audit union.
const entry = (action: AuditAction, at: string, after?: unknown, before: unknown = null) =>
  ({
    id: at,
    action,
    entityType: AUDIT_EVENTS[action].entityType,
    actorName: "A",
    at,
    before,
    after,
  }) as HistoryEntry;
const why = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const APPROVED = "2026-01-01T11:00:00.000Z";

describe("changedSince", () => {
  it("names the rationale, not the verdict, when only the rationale was edited after the approval", () => {
    // As the workbench saved it before the rating and the rationale were apart: the whole verdict sent.
    const history = [
      entry("annotation.approved", APPROVED, { status: "APPROVED" }),
      entry(
        "annotation.updated",
        "2026-01-01T12:00:00.000Z",
        { verdict: { rating: "FALSE", rationale: why("New reason") }, version: 4 },
        { verdict: { rating: "FALSE", rationale: why("Old reason") }, version: 3 },
      ),
      // As it saves now: the part edited only.
      entry(
        "annotation.updated",
        "2026-01-01T12:01:00.000Z",
        { verdict: { rationale: why("Newer") }, version: 5 },
        {
          verdict: { rating: "FALSE", rationale: why("New reason") },
          version: 4,
        },
      ),
    ];
    expect(changedSince(history, APPROVED)).toEqual(["rationale"]);
  });

  it("names each field in the words of the form, in the form's order, then sources and span", () => {
    const history = [
      entry("annotation.updated", "2026-01-01T10:00:00.000Z", { note: "before approval", version: 2 }, { note: null, version: 1 }),
      entry("annotation.approved", APPROVED, { status: "APPROVED" }),
      entry("source.added", "2026-01-01T12:06:00.000Z"),
      entry("annotation.reattached", "2026-01-01T12:07:00.000Z"),
      entry("annotation.updated", "2026-01-01T12:05:00.000Z", { note: "n", speaker: "ONS", version: 5 }, { note: null, speaker: null }),
      entry(
        "annotation.updated",
        "2026-01-01T12:00:00.000Z",
        { verdict: { rating: "FALSE" }, claimText: "x", version: 4 },
        {
          verdict: { rating: "TRUE", rationale: null },
          claimText: "y",
        },
      ),
      entry("source.removed", "2026-01-01T12:08:00.000Z"),
    ];
    expect(changedSince(history, APPROVED)).toEqual(["checkable claim", "rating", "speaker", "note", "sources", "span"]);
  });

  it("does not name a field that was sent with the value it already had", () => {
    const unchanged = entry(
      "annotation.updated",
      "2026-01-01T12:00:00.000Z",
      { note: "same", holder: "new" },
      { note: "same", holder: null },
    );
    expect(editedFields(unchanged)).toEqual(["holder"]);
    expect(changedSince([unchanged], APPROVED)).toEqual(["opinion holder"]);
  });

  it("names both parts when the verdict was removed", () => {
    const removed = entry(
      "annotation.updated",
      "2026-01-01T12:00:00.000Z",
      { verdict: null },
      { verdict: { rating: "TRUE", rationale: why("r") } },
    );
    expect(changedSince([removed], APPROVED)).toEqual(["rating", "rationale"]);
  });

  it("reports nothing when nothing changed after the moment", () => {
    expect(changedSince([entry("annotation.updated", "2026-01-01T10:00:00.000Z", { note: "x" })], "2026-01-02T00:00:00.000Z")).toEqual([]);
  });
});
