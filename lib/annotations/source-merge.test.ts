import { describe, expect, it } from "vitest";
import { annotationView } from "@/lib/annotations/annotation-view-fixture";
import type { SourceView } from "@/lib/annotations/types";
import { sourceBaseOf, sourceChangeRefusal } from "./source-merge";

const source: SourceView = {
  id: "s1",
  url: "https://example.org/minutes",
  title: "Minutes",
  publisher: null,
  accessedOn: "2026-01-02",
  publishedOn: null,
  archiveUrl: null,
  excerpt: null,
  stance: "CONTEXT",
  createdAt: "2026-01-02T00:00:00.000Z",
};

describe("sources in the three-way merge", () => {
  it("takes the base from the source as the editor sees it, without its id or dates of its own", () => {
    const { id: _id, createdAt: _createdAt, ...fields } = source;
    expect(sourceBaseOf(source)).toEqual(fields);
  });

  it("merges when the source is as the base says, whatever else changed, blank and missing alike", () => {
    const current = annotationView({ version: 7, note: "theirs", sources: [source] });
    expect(sourceChangeRefusal(current, "s1", { ...sourceBaseOf(source), publisher: "" as never })).toBeNull();
  });

  it("refuses, saying why, when the source was edited or removed since", () => {
    const edited = annotationView({ sources: [{ ...source, title: "Minutes, 4 March" }] });
    expect(sourceChangeRefusal(edited, "s1", sourceBaseOf(source))).toMatch(/^Someone else edited this source/);
    expect(sourceChangeRefusal(annotationView({ sources: [] }), "s1", sourceBaseOf(source))).toMatch(/^Someone else removed this source/);
  });
});
