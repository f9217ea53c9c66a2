import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { findFormProblem, findInputProblem, type InputProblem } from "@/lib/validation/input-guard";

/** The name a form gives the field at this path: its last named key ("_" for the payload as a whole). */
export function fieldNameOf(path: readonly PropertyKey[]): string {
  return String(path.findLast((key) => typeof key === "string") ?? "_");
}

/** Zod's issues as one message per field (the first), keyed by the field's own name (a form input's name). */
function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[fieldNameOf(issue.path)] ??= issue.message;
  return fields;
}

/**
 * The boundary every payload crosses: the input guard (NUL, broken characters, nesting), then the
 * payload's schema. Returns the parsed value or throws INVALID naming the first field and every
 * field's message; it throws nothing else, whatever it is given.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, raw: unknown): z.output<Schema> {
  const problem = findInputProblem(raw);
  if (problem) throw invalid(problem);
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw invalidInput(parsed.error);
}

/** A schema's refusal as the INVALID error parseInput throws: the first field, and every field's message. */
export function invalidInput(error: z.ZodError): AppError {
  const issue = error.issues[0];
  return new AppError("INVALID", issue?.message ?? "Invalid request.", {
    field: issue?.path.join("."),
    fieldErrors: fieldErrorsOf(error),
  });
}

/** A form's field names and file names, which its schema never sees: throws INVALID like parseInput. */
export function checkForm(form: FormData): void {
  const problem = findFormProblem(form);
  if (problem) throw invalid(problem);
}

function invalid(problem: InputProblem): AppError {
  const field = problem.path.findLast((key) => typeof key === "string");
  return new AppError("INVALID", problem.message, { field: problem.path.join("."), fieldErrors: { [field ?? "_"]: problem.message } });
}
