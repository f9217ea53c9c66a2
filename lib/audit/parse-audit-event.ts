import type { z } from "zod";
import { AUDIT_EVENTS, isAuditAction, type AuditAction, type AuditEvent } from "@/lib/audit/audit-events";

/** An AuditEvent row as read, or an entry about to be written (its id is then "new"). */
export type AuditRow = { id: string | number | bigint; action: string; entityType: string; before?: unknown; after?: unknown };

/** A row that is not one of the events the app writes (an unknown action, a payload of another shape): never read on as if it were. */
export class AuditEventShapeError extends Error {
  readonly action: string;
  readonly rowId: string;

  constructor(row: Pick<AuditRow, "id" | "action">, problem: string) {
    super(`Audit event ${String(row.id)} (${row.action}) does not fit the audit events: ${problem}`);
    this.name = "AuditEventShapeError";
    this.action = row.action;
    this.rowId = String(row.id);
  }
}

/** The action and entity type of a row, checked against the union (for readers that need no payload). */
export function parseAuditAction<R extends AuditRow>(row: R): AuditAction {
  if (!isAuditAction(row.action)) throw new AuditEventShapeError(row, "no such action.");
  const expected = AUDIT_EVENTS[row.action].entityType;
  if (row.entityType !== expected) throw new AuditEventShapeError(row, `its entity type is ${row.entityType}, not ${expected}.`);
  return row.action;
}

/** A row as the typed event its action says it is; throws AuditEventShapeError when it is not one. */
export function parseAuditEvent(row: AuditRow): AuditEvent {
  const action = parseAuditAction(row);
  const member = AUDIT_EVENTS[action];
  const before = member.before.safeParse(row.before ?? null);
  const after = member.after.safeParse(row.after ?? null);
  if (!before.success || !after.success) {
    const problems = [...issuesOf("before", before.error), ...issuesOf("after", after.error)];
    throw new AuditEventShapeError(row, problems.join("; "));
  }
  return { action, entityType: member.entityType, before: before.data, after: after.data } as AuditEvent;
}

function issuesOf(side: "before" | "after", error: z.ZodError | undefined): string[] {
  return (error?.issues ?? []).map((issue) => `${[side, ...issue.path.map(String)].join(".")}: ${issue.message}`);
}

/**
 * For what a page shows: a row that does not fit is logged and read as null (the page shows a
 * neutral line), never a crash. Strict (under test), it throws, so a writer and its reader that
 * disagree fail a test instead of a page.
 */
export function readAuditEvent(row: AuditRow, { isStrict }: { isStrict: boolean }): AuditEvent | null {
  try {
    return parseAuditEvent(row);
  } catch (error) {
    if (isStrict || !(error instanceof AuditEventShapeError)) throw error;
    console.error(error.message);
    return null;
  }
}
