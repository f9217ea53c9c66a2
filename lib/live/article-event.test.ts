import { describe, expect, it } from "vitest";
import { articleEventSchema } from "@/lib/live/article-event";

const base = { seq: 3, entityId: "a1", annotationId: "a1", actor: null, at: "2026-12-07T10:00:00.000Z" };

describe("articleEventSchema", () => {
  it("reads an action of the audit union with the kind of record its entry names", () => {
    const event = articleEventSchema.parse({ ...base, action: "source.added", entityType: "Source" });
    expect(event).toMatchObject({ action: "source.added", entityType: "Source" });
  });

  it("reads an action it does not know as null, keeping the record's kind, so what it names is still re-read", () => {
    const event = articleEventSchema.parse({ ...base, action: "annotation.split", entityType: "Annotation" });
    expect(event).toMatchObject({ action: null, entityType: "Annotation", annotationId: "a1" });
  });

  it("does not take a known action about the wrong kind of record as that action", () => {
    const event = articleEventSchema.parse({ ...base, action: "source.added", entityType: "Article" });
    expect(event.action).toBeNull();
  });

  it("refuses a message without an action or a kind of record", () => {
    expect(articleEventSchema.safeParse({ ...base, entityType: "Annotation" }).success).toBe(false);
    expect(articleEventSchema.safeParse({ ...base, action: "source.added" }).success).toBe(false);
  });
});
