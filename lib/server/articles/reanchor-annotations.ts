import "server-only";
import type { Actor } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { planReanchoring, type ReanchorPlan } from "@/lib/annotations/plan-reanchoring";
import { recordAudits, type AuditEntry } from "@/lib/server/audit";

export type ReanchorAnnotationsOptions = { articleId: string; revision: number; text: string };

/**
 * Moves every live annotation of an article onto its corrected text, in one `UPDATE … FROM
 * unnest(…)`. Those that cannot be found are marked orphaned and keep their old selectors, so
 * their quote is never lost; annotations already orphaned stay as they are. Answers the
 * annotations as they were and where each went.
 */
export async function reanchorAnnotations(tx: Tx, { articleId, revision, text }: ReanchorAnnotationsOptions) {
  const stored = await tx.annotation.findMany({
    where: { articleId, deletedAt: null },
    select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true, orphanedAt: true, status: true },
  });
  const plan = planReanchoring(
    text,
    stored.filter((annotation) => !annotation.orphanedAt),
  );
  if (plan.length) {
    await tx.$executeRaw`
      UPDATE "Annotation" AS a
      SET "start" = v.start, "end" = v."end", "exact" = v.exact, "prefix" = v.prefix, "suffix" = v.suffix,
          "articleRevision" = ${revision},
          "orphanedAt" = CASE WHEN v.orphaned THEN now() ELSE NULL END,
          "updatedAt" = now()
      FROM unnest(${plan.map((p) => p.id)}::text[], ${plan.map((p) => p.start)}::int[], ${plan.map((p) => p.end)}::int[],
                  ${plan.map((p) => p.exact)}::text[], ${plan.map((p) => p.prefix)}::text[], ${plan.map((p) => p.suffix)}::text[],
                  ${plan.map((p) => p.isOrphaned)}::bool[]) AS v(id, start, "end", exact, prefix, suffix, orphaned)
      WHERE a.id = v.id`;
  }
  return { stored, plan };
}

export type RecordMovesOptions = {
  actor: Actor;
  articleId: string;
  /** The revision the annotations were anchored in before the correction. */
  fromRevision: number;
  revision: number;
  stored: { id: string; start: number; end: number; exact: string }[];
  plan: ReanchorPlan[];
};

/** Each annotation's own move, so its history says where it went and how it was found. */
export async function recordMoves(tx: Tx, { actor, articleId, fromRevision, revision, stored, plan }: RecordMovesOptions) {
  const was = new Map(stored.map((annotation) => [annotation.id, annotation]));
  await recordAudits(
    tx,
    plan.map((p): AuditEntry => {
      const before = was.get(p.id)!;
      const move = {
        actorId: actor.id,
        entityType: "Annotation" as const,
        entityId: p.id,
        articleId,
        before: { revision: fromRevision, start: before.start, end: before.end, exact: before.exact },
      };
      return p.isOrphaned
        ? { ...move, action: "annotation.orphaned", after: { revision } }
        : { ...move, action: "annotation.reanchored", after: { revision, start: p.start, end: p.end, exact: p.exact, method: p.method } };
    }),
  );
}
