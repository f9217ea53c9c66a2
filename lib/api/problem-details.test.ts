import Ajv2020 from "ajv/dist/2020";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, type AppErrorCode } from "@/lib/errors";
import {
  instanceOf,
  pointerTo,
  problemDetailsSchema,
  problemFromAppError,
  problemFromError,
  problemFromZodError,
  problemTypeOf,
} from "@/lib/api/problem-details";
import { parseInput } from "@/lib/validation/parse-input";

// RFC 9457 Appendix A, "JSON Schema for HTTP Problems", as published: an independent check of the
// members the RFC defines (our own zod schema checks the extensions).
const RFC_9457_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "An RFC 9457 problem object",
  type: "object",
  properties: {
    type: { type: "string", format: "uri-reference" },
    status: { type: "integer", minimum: 100, maximum: 599 },
    title: { type: "string" },
    detail: { type: "string" },
    instance: { type: "string", format: "uri-reference" },
  },
};
// Stricter than RFC 3986 (a reference starting "//" names another host, which ours never do).
const isUriReference = (value: string) =>
  !/[\s"<>\\^`{|}]/.test(value) && !value.startsWith("//") && URL.canParse(value, "https://base.example/");
const ajv = new Ajv2020({ formats: { "uri-reference": isUriReference } });
const isRfcProblem = ajv.compile(RFC_9457_SCHEMA);

function expectValidProblem(problem: unknown) {
  expect(isRfcProblem(problem), JSON.stringify(isRfcProblem.errors)).toBe(true);
  expect(problemDetailsSchema.safeParse(problem).success).toBe(true);
  // What goes over the wire is still one.
  expect(problemDetailsSchema.safeParse(JSON.parse(JSON.stringify(problem))).success).toBe(true);
}

const CODES: AppErrorCode[] = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "INVALID", "CONFLICT", "RATE_LIMITED"];
const context = { instance: "/api/v1/articles/a1", requestId: "req-12345678" };

describe("problemFromAppError", () => {
  it("gives each code its own stable type, the code's status, and the use case's message as detail", () => {
    const types = new Set<string>();
    for (const code of CODES) {
      const error = new AppError(code, "Said by the use case.");
      const problem = problemFromAppError(error, context);
      expect(problem).toMatchObject({ status: error.status, detail: "Said by the use case.", ...context });
      expect(problem.type).toBe(problemTypeOf(code));
      expectValidProblem(problem);
      types.add(problem.type);
    }
    expect(types.size).toBe(CODES.length);
    expect(problemTypeOf("CONFLICT")).toBe("https://factmark.app/problems/conflict");
  });

  it("carries the current record on a conflict, as the UI gets it", () => {
    const current = { id: "n1", version: 4, note: "theirs" };
    const problem = problemFromAppError(new AppError("CONFLICT", "Someone else saved first.", { current, currentRevision: 7 }), context);
    expect(problem).toMatchObject({ status: 409, current, currentRevision: 7 });
    expectValidProblem(problem);
  });

  it("never carries a record outside a conflict, nor Prisma's index names", () => {
    const problem = problemFromAppError(new AppError("NOT_FOUND", "Gone.", { current: { secret: 1 }, target: ["email"] }));
    expect(problem).not.toHaveProperty("current");
    expect(problem).not.toHaveProperty("target");
  });

  it("lists the field messages parseInput gives the forms, with a pointer to the first field", () => {
    const schema = z.object({
      title: z.string().min(1, "Give the article a title."),
      source: z.object({ url: z.url("Not a web address.") }),
    });
    const error = catchError(() => parseInput(schema, { title: "", source: { url: "nope" } }));
    const problem = problemFromAppError(error, context);
    expect(problem.status).toBe(422);
    expect(problem.errors).toEqual([
      { field: "title", detail: "Give the article a title.", pointer: "#/title" },
      { field: "url", detail: "Not a web address." },
    ]);
    expectValidProblem(problem);
  });

  it("keeps a workflow refusal's reasons and machine-readable reason", () => {
    const problem = problemFromAppError(new AppError("FORBIDDEN", "Not yet.", { problems: ["Add a source."], reason: "INCOMPLETE" }));
    expect(problem).toMatchObject({ problems: ["Add a source."], reason: "INCOMPLETE" });
  });
});

describe("problemFromZodError", () => {
  it("points at every refused field, with the same message parseInput shows", () => {
    const schema = z.object({ sources: z.array(z.object({ url: z.url("Not a web address.") })), "a/b": z.number("A number.") });
    const result = schema.safeParse({ sources: [{ url: "ok?" }], "a/b": "x" });
    const problem = problemFromZodError(result.error!, context);
    expect(problem.detail).toBe(catchError(() => parseInput(schema, { sources: [{ url: "ok?" }], "a/b": "x" })).message);
    expect(problem.errors).toEqual([
      { field: "url", detail: "Not a web address.", pointer: "#/sources/0/url" },
      { field: "a/b", detail: "A number.", pointer: "#/a~1b" },
    ]);
    expectValidProblem(problem);
  });
});

describe("problemFromError", () => {
  it("answers anything else as our own fault, without a word of what it was", () => {
    const problem = problemFromError(new Error("password=hunter2 at db.internal"), context);
    expect(problem).toMatchObject({ status: 500, type: problemTypeOf("INTERNAL"), requestId: "req-12345678" });
    expect(JSON.stringify(problem)).not.toContain("hunter2");
    expectValidProblem(problem);
  });
});

describe("instanceOf", () => {
  it("is the request's path, without its query, never one that reads as another host", () => {
    expect(instanceOf("https://app.example/api/v1/articles/a1?token=secret")).toBe("/api/v1/articles/a1");
    expect(instanceOf("https://app.example//evil.example/x")).toBe("/%2Fevil.example/x");
    expect(isUriReference(instanceOf("https://app.example//evil.example/x"))).toBe(true);
  });
});

describe("pointerTo", () => {
  it("escapes as RFC 6901 says, in a URI fragment", () => {
    expect(pointerTo([])).toBe("#");
    expect(pointerTo(["a~b", "c/d", 0, "e f"])).toBe("#/a~0b/c~1d/0/e%20f");
  });
});

describe("any error maps to a valid problem and never throws", () => {
  const codes = fc.constantFrom(...CODES);
  const text = fc.string({ maxLength: 40 });
  const details = fc.record(
    {
      field: text,
      fieldErrors: fc.dictionary(text, text, { maxKeys: 4 }),
      reason: text,
      problems: fc.array(text, { maxLength: 3 }),
      current: fc.jsonValue(),
      currentRevision: fc.integer(),
      existingArticleId: text,
      existingTitle: text,
      target: fc.anything(),
    },
    { requiredKeys: [] },
  );
  const contexts = fc.record(
    { instance: fc.webUrl({ withQueryParameters: true }).map(instanceOf), requestId: fc.uuid() },
    { requiredKeys: [] },
  );

  it("for every AppError", () => {
    fc.assert(
      fc.property(codes, text, details, contexts, (code, message, extra, requestContext) => {
        expectValidProblem(problemFromAppError(new AppError(code, message, extra), requestContext));
      }),
    );
  });

  it("for every zod error", () => {
    const schema = z.object({ a: z.string(), b: z.array(z.number().int()).max(2), c: z.object({ "d/~e": z.email() }).optional() });
    fc.assert(
      fc.property(fc.anything(), contexts, (input, requestContext) => {
        const parsed = schema.safeParse(input);
        if (!parsed.success) expectValidProblem(problemFromZodError(parsed.error, requestContext));
      }),
    );
  });

  it("for anything thrown", () => {
    fc.assert(
      fc.property(fc.anything(), contexts, (thrown, requestContext) => expectValidProblem(problemFromError(thrown, requestContext))),
    );
  });
});

function catchError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected an error");
}
