// Every payload schema, fed what no one would think of sending: the boundary answers INVALID or a
// value, never throws anything else, and what it lets through holds only text PostgreSQL can store.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import * as annotation from "./annotation";
import * as article from "./article";
import * as articleList from "./article-list";
import * as comment from "./comment";
import * as correction from "./correction";
import * as notification from "./notification";
import * as presence from "./presence";
import * as review from "./review";
import * as search from "./search";
import * as richText from "./rich-text";
import * as source from "./source";
import * as user from "./user";
import { findInputProblem } from "./input-guard";
import { checkForm, parseInput } from "./parse-input";

const modules: Record<string, unknown>[] = [
  annotation,
  article,
  articleList,
  comment,
  correction,
  notification,
  presence,
  review,
  search,
  richText,
  source,
  user,
];
const isSchema = (value: unknown): value is z.ZodType => typeof value === "object" && value !== null && "safeParse" in value;
const schemas = modules.flatMap((module) =>
  Object.entries(module).flatMap(([name, value]) => (isSchema(value) ? [[name, value] as [string, z.ZodType]] : [])),
);

const FIELD_NAMES = [
  "articleId", "annotationId", "sourceId", "version", "articleRevision", "kind", "start", "end", "exact", "clientRequestId",
  "claimText", "speaker", "quoteCheck", "quoteOrigin", "holder", "note", "verdict", "rating", "rationale", "restsOnIds", "patch",
  "title", "byline", "publisher", "sourceUrl", "publishedOn", "language", "url", "accessedOn", "archivedUrl", "excerpt", "stance",
  "reason", "checkerId", "reviewerId", "ids", "upTo", "email", "password", "name", "role", "text", "type", "content", "marks",
  "attrs", "href", "fields", "metadata", "details", "prefix", "suffix", "body", "mentionIds", "parentId", "commentId", "isResolved",
  "key", "activity", "status", "assignee", "from", "to", "sort", "after", "limit", "q", "review",
]; // prettier-ignore

const hostileString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\u0000", "a\u0000b", "\ud800", "x\udfff", '=HYPERLINK("http://x")', "<script>alert(1)</script>", "\u202eevil", "😀", ""),
  fc.constantFrom("0000-01-01", "2024-02-30", "9999-12-31", "1600-01-01", "-000001-01-01", "2024-01-01T00:00:00Z"),
  fc.constantFrom(
    "doc",
    "paragraph",
    "bulletList",
    "listItem",
    "text",
    "link",
    "CLAIM",
    "TRUE",
    "javascript:alert(1)",
    "https://example.org/",
  ),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(2 ** 31, 2 ** 31 - 1, 2 ** 53, -1, 0, 0.5, Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308),
  fc.integer(),
  fc.double(),
);
const { payload } = fc.letrec((tie) => ({
  payload: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.constantFrom(null, undefined, true, false),
    fc.array(tie("payload"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...FIELD_NAMES), tie("payload"), { maxKeys: 8 }),
  ),
}));

function deeplyNested(depth: number): unknown {
  let value: unknown = { type: "paragraph", content: [{ type: "text", text: "x" }] };
  for (let level = 0; level < depth; level++) value = { type: "bulletList", content: [{ type: "listItem", content: [value] }] };
  return { type: "doc", content: [value] };
}

function expectBoundaryHolds(schema: z.ZodType, raw: unknown) {
  try {
    const value = parseInput(schema, raw);
    expect(findInputProblem(value)).toBeNull();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID");
    expect((error as AppError).message.length).toBeGreaterThan(0);
  }
}

describe("every payload schema at the boundary", () => {
  it("covers the schemas it claims to", () => {
    expect(schemas.map(([name]) => name)).toEqual(expect.arrayContaining(["updateAnnotationSchema", "richTextSchema", "addSourceSchema"]));
    expect(schemas.length).toBeGreaterThanOrEqual(20);
  });

  it.each(schemas)("%s answers INVALID or a clean value for any payload", (_name, schema) => {
    fc.assert(
      fc.property(payload, (raw) => expectBoundaryHolds(schema, raw)),
      { numRuns: 300 },
    );
  });

  it.each(schemas)("%s refuses nesting 500 deep with a message, not a stack overflow", (_name, schema) => {
    const nested = deeplyNested(500);
    expect(() => parseInput(schema, { verdict: { rating: "TRUE", rationale: nested }, patch: { note: "x" }, content: nested })).toThrow(
      AppError,
    );
  });

  it("refuses nesting at random depths up to 30,000 with one message, for every schema", () => {
    fc.assert(
      fc.property(fc.constantFrom(...schemas), fc.integer({ min: 16, max: 30_000 }), ([, schema], depth) => {
        const nested = deeplyNested(depth);
        expect(() => parseInput(schema, { verdict: { rating: "TRUE", rationale: nested }, patch: { note: "x" }, content: nested })).toThrow(
          "The field “content” is nested too deeply (more than 64 levels).",
        );
      }),
      { numRuns: 60 },
    );
  });

  it("refuses a version past PostgreSQL's int4 with a message", () => {
    expect(() => parseInput(annotation.updateAnnotationSchema, { annotationId: "abc", version: 2 ** 31, patch: { note: "x" } })).toThrow(
      "That is not a version of this record.",
    );
  });

  it("refuses the year 0 and other impossible dates", () => {
    const refused = (publishedOn: string) => !article.articleMetadataSchema.safeParse({ title: "T", publishedOn }).success;
    expect(refused("0000-01-01")).toBe(true);
    expect(refused("2024-02-30")).toBe(true);
    expect(refused("2024-02-29")).toBe(false);
  });
});

// A form's names never reach its schema: the field names and the names of uploaded files.
const formEntry = fc.oneof(
  fc.record({ name: fc.oneof(fc.constantFrom(...FIELD_NAMES), hostileString), value: hostileString }),
  fc.record({
    name: fc.constantFrom("file", "content"),
    value: fc
      .tuple(fc.oneof(hostileString, fc.constantFrom("a\u0000.txt", "a\u0001.txt", "\u001b[0m.md", "report.html")), hostileString)
      .map(([fileName, text]) => new File([text], fileName)),
  }),
);

describe("every form at the boundary", () => {
  it("answers INVALID for a control character in a field or file name, and passes any text value", () => {
    fc.assert(
      fc.property(fc.array(formEntry, { maxLength: 6 }), (entries) => {
        const form = new FormData();
        for (const { name, value } of entries) form.append(name, value);
        // As FormData holds them: it turns an unpaired surrogate into U+FFFD itself.
        const names = [...form].flatMap(([name, value]) => (typeof value === "string" ? [name] : [name, value.name]));
        let refusal: unknown = null;
        try {
          checkForm(form);
        } catch (error) {
          refusal = error;
        }
        if (names.some((name) => /[\u0000-\u001f\u007f]/.test(name))) {
          expect(refusal).toBeInstanceOf(AppError);
          expect((refusal as AppError).code).toBe("INVALID");
        } else expect(refusal).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
