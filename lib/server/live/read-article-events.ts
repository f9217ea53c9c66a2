import "server-only";
import { AUDIT_EVENTS } from "@/lib/audit/audit-events";
import { AuditEventShapeError, parseAuditAction } from "@/lib/audit/parse-audit-event";
import type { Db } from "@/lib/db";
import { isStrictAudit } from "@/lib/env";
import type { ArticleEvent, ArticleEventAction } from "@/lib/live/article-event";

type Row = {
  id: bigint;
  seq: number;
  action: string;
  entityType: string;
  entityId: string;
  annotationId: string | null;
  actorId: string | null;
  actorName: string | null;
  createdAt: Date;
};

/**
 * An article's events after `afterSeq`, in order, at most `limit`. The audit chain numbers an
 * article's events in commit order without gaps, so "seq > N" is exactly what a client that saw
 * N has not seen yet. The caller has checked that the viewer may read the article.
 */
export async function readArticleEvents(db: Db, articleId: string, afterSeq: number, limit: number): Promise<ArticleEvent[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT e."id", e."seq", e."action", e."entityType", e."entityId", e."actorId", u."name" AS "actorName", e."createdAt",
      CASE e."entityType"
        WHEN 'Annotation' THEN e."entityId"
        WHEN 'Source' THEN (SELECT s."annotationId" FROM "Source" s WHERE s."id" = e."entityId")
        WHEN 'Comment' THEN (SELECT c."annotationId" FROM "Comment" c WHERE c."id" = e."entityId")
      END AS "annotationId"
    FROM "AuditEvent" e
    LEFT JOIN "User" u ON u."id" = e."actorId"
    WHERE e."articleId" = ${articleId} AND e."seq" > ${afterSeq}
    ORDER BY e."seq"
    LIMIT ${limit}`;
  const isStrict = isStrictAudit();
  return rows.map((row) => ({
    seq: row.seq,
    ...actionOf(row, isStrict),
    entityId: row.entityId,
    annotationId: row.annotationId,
    actor: row.actorId ? { id: row.actorId, name: row.actorName ?? "Someone" } : null,
    at: row.createdAt.toISOString(),
  }));
}

/** The row's action from the audit union; one this version does not know is delivered as null (and logged), or throws under test. */
function actionOf(row: Row, isStrict: boolean): ArticleEventAction {
  try {
    const action = parseAuditAction(row);
    return { action, entityType: AUDIT_EVENTS[action].entityType };
  } catch (error) {
    if (isStrict || !(error instanceof AuditEventShapeError)) throw error;
    console.error(error.message);
    return { action: null, entityType: row.entityType };
  }
}

/** The article's newest seq (0 before any event): where a freshly loaded page starts listening. */
export async function readArticleHeadSeq(db: Db, articleId: string): Promise<number> {
  const newest = await db.auditEvent.findFirst({ where: { articleId }, orderBy: { seq: "desc" }, select: { seq: true } });
  return newest?.seq ?? 0;
}
