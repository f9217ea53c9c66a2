import "server-only";
import type { z } from "zod";
import { requireActor, type Actor } from "@/lib/auth/session";
import { toActionResult, type ActionResult } from "@/lib/errors";
import { checkForm, parseInput } from "@/lib/validation/parse-input";

/**
 * Every server action is a public POST endpoint, so each is built here: authenticate, parse with
 * the payload's schema, run the use case, answer the result or the error as data. Callers see the
 * schema's input type and a discriminated result, so nothing is cast on either side.
 */
export function defineAction<Schema extends z.ZodType, Result>(
  schema: Schema,
  run: (actor: Actor, input: z.output<Schema>) => Promise<Result>,
): (input: z.input<Schema>) => Promise<ActionResult<Result>> {
  return async (input) => toActionResult(async () => run(await requireActor(), parseInput(schema, input)));
}

/** What a form action answers to `useActionState`: the result, plus the submitted values so a refused form keeps what was typed. */
export type FormState<Result> = (ActionResult<Result> & { values: Record<string, string> }) | null;

/**
 * The same for forms: the FormData is read into the schema's shape by `read`, the values typed are
 * echoed back on failure, and `onSuccess` (revalidate, redirect) runs outside the try, as Next requires.
 */
export function defineFormAction<Schema extends z.ZodType, Result>(options: {
  schema: Schema;
  read: (form: FormData) => { raw: unknown; values: Record<string, string> };
  run: (actor: Actor, input: z.output<Schema>, form: FormData) => Promise<Result>;
  onSuccess?: (result: Result, input: z.output<Schema>) => void;
}): (previous: FormState<Result>, form: FormData) => Promise<FormState<Result>> {
  return async (_previous, form) => {
    const { raw, values } = options.read(form);
    let input: z.output<Schema> | undefined;
    const result = await toActionResult(async () => {
      const actor = await requireActor();
      checkForm(form);
      input = parseInput(options.schema, raw);
      return options.run(actor, input, form);
    });
    if (result.ok && input !== undefined) options.onSuccess?.(result.data, input);
    return { ...result, values };
  };
}
