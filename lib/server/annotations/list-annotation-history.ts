import "server-only";
import type { Actor } from "@/lib/auth/session";
import { isoFromDate } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";

import type { HistoryEntry } from "@/lib/annotations/types";

/** The audit trail of one annotation and its sources, newest first. */
export async function listAnnotationHistory({
  actor: _actor,
  annotationId,
}: {
  actor: Actor;
  annotationId: string;
}): Promise<HistoryEntry[]> {
  const db = getDb();
  const annotation = await db.annotation.findUnique({
    where: { id: annotationId },
    select: { id: true, sources: { select: { id: true } } },
  });
  if (!annotation) throw new AppError("NOT_FOUND", "That annotation does not exist.");
  const events = await db.auditEvent.findMany({
    where: { entityId: { in: [annotation.id, ...annotation.sources.map((s) => s.id)] } },
    orderBy: { id: "desc" },
    take: 200,
    select: { id: true, action: true, createdAt: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return events.map((e) => ({
    id: String(e.id),
    action: e.action,
    actorName: e.actor?.name ?? null,
    at: isoFromDate(e.createdAt),
    before: e.before,
    after: e.after,
  }));
}
