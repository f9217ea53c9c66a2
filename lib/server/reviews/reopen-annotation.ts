import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit";
import { claimAnnotationVersion } from "@/lib/server/annotations/claim-version";
import { readAnnotationView } from "@/lib/server/annotations/read-annotation-view";
import { nextStatus, transitionProblems } from "@/lib/workflow/annotation-status";

export type ReopenAnnotationOptions = { actor: Actor; input: { annotationId: string; version: number } };

/** An editor brings an approved or dismissed finding back to draft, to be worked on and reviewed again. */
export async function reopenAnnotation({ actor, input }: ReopenAnnotationOptions) {
  return getDb().$transaction(async (tx) => {
    const annotation = await claimAnnotationVersion(tx, {
      actor,
      ...input,
      rule: (who, facts) => transitionProblems("reopen", facts, who)[0] ?? null,
    });
    const status = nextStatus("reopen", annotation.status);
    await tx.annotation.update({ where: { id: annotation.id }, data: { status }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "annotation.reopened",
      entityType: "Annotation",
      entityId: annotation.id,
      articleId: annotation.articleId,
      before: { status: annotation.status, version: input.version },
      after: { status, version: annotation.version },
    });
    return readAnnotationView(tx, annotation.id);
  });
}
