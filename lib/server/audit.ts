import "server-only";
import type { AuditEntry } from "@/lib/audit/audit-events";
import { readAuditEvent } from "@/lib/audit/parse-audit-event";
import type { Tx } from "@/lib/db";
import { isStrictAudit } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { noteArticleEvent } from "@/lib/server/live/committed-changes";

export type { AuditEntry };

// JSON round trip: Dates become strings and undefined fields drop out, as Json columns need.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

function toRow(entry: AuditEntry) {
  const row = {
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    articleId: entry.articleId ?? null,
    before: toJson(entry.before),
    after: toJson(entry.after),
  };
  // The types hold the shape; this checks what the JSON turned out to be, as readers will parse it.
  // Under test a misfit throws; in use it is logged and the change goes through as before.
  readAuditEvent({ id: "new", ...row }, { isStrict: isStrictAudit() });
  return row;
}

/** Written inside the same transaction as the change it describes, so neither exists alone. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const event = await tx.auditEvent.create({ data: toRow(entry), select: { articleId: true, seq: true } });
  // Every change to an article is an audit event: that is what live updates are made of. The
  // database signals it at commit (NOTIFY); the in-process bus hears of it after the commit.
  if (event.articleId) noteArticleEvent(tx, { articleId: event.articleId, seq: event.seq });
}

/**
 * Many events in one statement, in order (a correction moving a thousand annotations). The chain
 * trigger links each row to the one before it: a row-level trigger sees the rows its own
 * statement inserted earlier.
 */
export async function recordAudits(tx: Tx, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  const events = await tx.auditEvent.createManyAndReturn({ data: entries.map(toRow), select: { articleId: true, seq: true } });
  for (const event of events) if (event.articleId) noteArticleEvent(tx, { articleId: event.articleId, seq: event.seq });
}
