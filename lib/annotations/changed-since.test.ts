import { describe, expect, it } from "vitest";
import { changedSince } from "./changed-since";

const entry = (action: string, at: string, after?: unknown) => ({ id: at, action, actorName: "A", at, before: null, after });

describe("changedSince", () => {
  it("names the fields and sources changed after the approval, once each", () => {
    const history = [
      entry("annotation.updated", "2026-01-01T10:00:00.000Z", { note: "before approval", version: 2 }),
      entry("annotation.approved", "2026-01-01T11:00:00.000Z", { status: "APPROVED" }),
      entry("annotation.updated", "2026-01-01T12:00:00.000Z", { verdict: { rating: "FALSE" }, version: 4 }),
      entry("annotation.updated", "2026-01-01T12:05:00.000Z", { verdict: { rating: "MIXED" }, claimText: "x", version: 5 }),
      entry("source.added", "2026-01-01T12:06:00.000Z"),
    ];
    expect(changedSince(history, "2026-01-01T11:00:00.000Z")).toEqual(["a source added", "checkable claim", "verdict"]);
  });

  it("reports nothing when nothing changed after the moment", () => {
    expect(changedSince([entry("annotation.updated", "2026-01-01T10:00:00.000Z", { note: "x" })], "2026-01-02T00:00:00.000Z")).toEqual([]);
  });
});
