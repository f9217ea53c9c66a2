import type { ActionResult } from "@/lib/errors";

/** The message for one form field from a refused action, if the refusal names that field. */
export function fieldMessage(state: ActionResult<unknown> | null, name: string): string | undefined {
  if (!state || state.ok) return undefined;
  return state.fieldErrors?.[name] ?? (state.field === name ? state.message : undefined);
}

export function fieldErrorId(name: string) {
  return `${name}-error`;
}

/** Shown under a field (outside its label, so it is no part of the name) and tied to it with aria-describedby (see `fieldProps`). */
export function FieldError({ state, name }: { state: ActionResult<unknown> | null; name: string }) {
  const message = fieldMessage(state, name);
  if (!message) return null;
  return (
    <span className="field-error" id={fieldErrorId(name)}>
      {message}
    </span>
  );
}

/** aria-invalid and aria-describedby for an input whose message FieldError shows. */
export function fieldProps(state: ActionResult<unknown> | null, name: string) {
  const message = fieldMessage(state, name);
  return message ? { "aria-invalid": true as const, "aria-describedby": fieldErrorId(name) } : {};
}
