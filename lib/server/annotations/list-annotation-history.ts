import "server-only";
import { readAuditEvent } from "@/lib/audit/parse-audit-event";
import type { Actor } from "@/lib/auth/session";
import { isoFromDate } from "@/lib/dates";
import { getDb } from "@/lib/db";
import { isStrictAudit } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";

import type { HistoryEntry } from "@/lib/annotations/types";

export type ListAnnotationHistoryOptions = { actor: Actor; annotationId: string };

/** The audit trail of one annotation and its sources (removed ones too), newest first. */
export async function listAnnotationHistory({ actor, annotationId }: ListAnnotationHistoryOptions): Promise<HistoryEntry[]> {
  const db = getDb();
  // Deleted annotations keep their history; what decides is whether the actor may read the article.
  const annotation = await db.annotation.findFirst({
    where: { id: annotationId, article: readableArticleWhere(actor) },
    select: { id: true, sources: { select: { id: true } } },
  });
  if (!annotation) throw new AppError("NOT_FOUND", "That annotation does not exist.");
  const events = await db.auditEvent.findMany({
    // entityType with entityId, so each branch uses the (entityType, entityId, createdAt) index.
    where: {
      OR: [
        { entityType: "Annotation", entityId: annotation.id },
        { entityType: "Source", entityId: { in: annotation.sources.map((s) => s.id) } },
      ],
    },
    orderBy: { id: "desc" },
    take: 200,
    select: {
      id: true,
      action: true,
      entityType: true,
      createdAt: true,
      before: true,
      after: true,
      actor: { select: { name: true } },
    },
  });
  const isStrict = isStrictAudit();
  return events.map((e) => ({
    id: String(e.id),
    actorName: e.actor?.name ?? null,
    at: isoFromDate(e.createdAt),
    // A row this version cannot read is a neutral line, never a failed history (and it is logged).
    ...(readAuditEvent(e, { isStrict }) ?? { action: null, entityType: e.entityType, before: null, after: null }),
  }));
}
