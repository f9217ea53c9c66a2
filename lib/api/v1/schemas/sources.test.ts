import { describe, expect, it } from "vitest";
import type { SourceView } from "@/lib/annotations/types";
import { sourceRemovedFrom, sourceSavedFrom, sourceSavedSchema, sourceRemovedSchema } from "./sources";

const source = (id: string): SourceView => ({
  id,
  url: `https://example.org/${id}`,
  title: null,
  publisher: "ONS",
  accessedOn: "2024-03-01",
  publishedOn: null,
  archiveUrl: null,
  excerpt: null,
  stance: "CONTRADICTS",
  createdAt: "2024-03-02T10:11:12.345Z",
});

const annotation = { id: "cann1", version: 4, status: "SUBMITTED" as const, sources: [source("s1"), source("s2"), source("s3")] };

describe("a source change as the API answers it", () => {
  it("is the source asked for, with the annotation's new version and status, and nothing else of the card", () => {
    const saved = sourceSavedFrom({ ...annotation, exact: "the card's quote" } as typeof annotation, "s2");
    expect(saved).toEqual({ source: source("s2"), annotation: { id: "cann1", version: 4, status: "SUBMITTED" } });
    expect(sourceSavedSchema.parse(saved)).toEqual(saved);
  });

  it("fails loudly when the use case's answer lacks the source (a bug, never the caller's fault)", () => {
    expect(() => sourceSavedFrom(annotation, "gone")).toThrow(/Source gone is not on annotation cann1/);
  });

  it("after a removal is the annotation's new version", () => {
    const removed = sourceRemovedFrom({ ...annotation, version: 5 });
    expect(removed).toEqual({ annotation: { id: "cann1", version: 5, status: "SUBMITTED" } });
    expect(sourceRemovedSchema.parse(removed)).toEqual(removed);
  });
});
