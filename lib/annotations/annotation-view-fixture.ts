// One annotation as the browser holds it, for unit tests: a draft claim on "Hello" with nothing
// attached, and whatever the test overrides.
import type { AnnotationView } from "@/lib/annotations/types";

export function annotationView(overrides: Partial<AnnotationView> = {}): AnnotationView {
  return {
    id: "a1",
    articleId: "art",
    kind: "CLAIM",
    status: "DRAFT",
    start: 0,
    end: 5,
    exact: "Hello",
    prefix: "",
    suffix: " world",
    articleRevision: 1,
    orphanedAt: null,
    claimText: "Hello",
    speaker: null,
    quoteCheck: null,
    quoteOrigin: null,
    holder: null,
    note: null,
    version: 1,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    author: { id: "u1", name: "Ann" },
    lastEditedById: null,
    verdict: null,
    sources: [],
    restsOnIds: [],
    reviews: [],
    ...overrides,
  };
}
