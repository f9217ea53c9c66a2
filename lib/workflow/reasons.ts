/** Said when a step that needs a reason (request changes, dismiss, reopen) gets none. */
export const REASON_REQUIRED = "Say why: a reason is required.";

/**
 * Why this reason will not do, or null. The forms' schema checks it first; the use cases ask again,
 * so a caller that skips the schema gets this message rather than the database's CHECK error.
 */
export function reasonProblem(reason: string | null | undefined): string | null {
  return reason?.trim() ? null : REASON_REQUIRED;
}
