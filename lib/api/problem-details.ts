import { z } from "zod";
import { AppError } from "@/lib/errors";
import { fieldNameOf, invalidInput } from "@/lib/validation/parse-input";
import { problemOf, type ProblemContext } from "@/lib/api/problem-catalogue";

// RFC 9457 problem details: the one error shape of the API (/api/v1). Pure: the route wrapper
// (answer-problems.ts) adds the request, the logging and the response. The catalogue of problem
// types is problem-catalogue.ts, re-exported here.

export {
  instanceOf,
  PROBLEM_CONTENT_TYPE,
  PROBLEM_TYPE_BASE,
  problemOf,
  problemTypeOf,
  type ProblemCode,
  type ProblemContext,
} from "@/lib/api/problem-catalogue";

/** One refused field: the message the form shows beside it, under the name the form gives it. */
export const fieldProblemSchema = z.object({
  detail: z.string(),
  field: z.string(),
  /** JSON Pointer (as a URI fragment, as RFC 9457's own example) to the field in the request body, when known. */
  pointer: z.string().optional(),
});

export const problemDetailsSchema = z.object({
  type: z.url(),
  title: z.string(),
  status: z.int().min(400).max(599),
  detail: z.string(),
  instance: z.string().optional(),
  /** The id in our logs (and in the X-Request-Id header) of the request that failed. */
  requestId: z.string().optional(),
  errors: z.array(fieldProblemSchema).optional(),
  /** A machine-readable reason beside the detail (e.g. TOO_LARGE). */
  reason: z.string().optional(),
  /** Why a workflow step is refused, in the words the UI shows. */
  problems: z.array(z.string()).optional(),
  /** CONFLICT: the record as it is now, as the UI gets it. */
  current: z.unknown().optional(),
  currentRevision: z.int().optional(),
  existingArticleId: z.string().optional(),
  existingTitle: z.string().optional(),
});

export type FieldProblem = z.output<typeof fieldProblemSchema>;
export type ProblemDetails = z.output<typeof problemDetailsSchema>;

/** A JSON Pointer to a path, written as a URI fragment ("#/sources/0/url"). */
export function pointerTo(path: readonly PropertyKey[]): string {
  const tokens = path.map((key) => encodeURIComponent(String(key).replaceAll("~", "~0").replaceAll("/", "~1")));
  return `#${tokens.map((token) => `/${token}`).join("")}`;
}

/** A use case's refusal as a problem: its message as the detail, and what it carries for the caller. */
export function problemFromAppError(error: AppError, context: ProblemContext = {}): ProblemDetails {
  const { fieldErrors, field, reason, problems, current, currentRevision, existingArticleId, existingTitle } = error.details;
  const errors = fieldErrors && fieldProblemsOf(fieldErrors, field);
  return {
    ...problemOf(error.code, error.message, context),
    ...withoutUndefined({ errors, reason, problems, currentRevision, existingArticleId, existingTitle }),
    // `current` is sent only with a conflict: elsewhere it is no part of the answer.
    ...(error.code === "CONFLICT" && current !== undefined && { current }),
  };
}

/** A schema's refusal, with the messages the forms show and a pointer to each field. */
export function problemFromZodError(error: z.ZodError, context: ProblemContext = {}): ProblemDetails {
  const problem = problemFromAppError(invalidInput(error), context);
  const pointers = new Map<string, string>();
  for (const issue of error.issues)
    if (!pointers.has(fieldNameOf(issue.path))) pointers.set(fieldNameOf(issue.path), pointerTo(issue.path));
  return { ...problem, errors: problem.errors?.map((entry) => ({ ...entry, pointer: pointers.get(entry.field) })) };
}

/** Anything thrown, as a problem: an AppError or a zod error says itself, anything else is our fault and says nothing of itself. */
export function problemFromError(error: unknown, context: ProblemContext = {}): ProblemDetails {
  if (error instanceof AppError) return problemFromAppError(error, context);
  if (error instanceof z.ZodError) return problemFromZodError(error, context);
  return problemOf("INTERNAL", "The server failed to answer this request. Quote the request id when you report it.", context);
}

function fieldProblemsOf(fieldErrors: Record<string, string>, firstPath: string | undefined): FieldProblem[] {
  // Only the first field's full path is known (AppError keeps it dotted); the others have their names.
  const firstSegments = firstPath ? firstPath.split(".").map((key) => (/^\d+$/.test(key) ? Number(key) : key)) : [];
  const firstName = firstPath === undefined ? undefined : fieldNameOf(firstSegments);
  return Object.entries(fieldErrors).map(([name, detail]) => ({
    detail,
    field: name,
    ...(name === firstName && { pointer: pointerTo(firstSegments) }),
  }));
}

function withoutUndefined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}
