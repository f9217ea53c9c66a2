import "server-only";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit";
import { annotationSelect, toAnnotationView } from "@/lib/server/annotations/annotation-view";
import { claimAnnotationVersion } from "@/lib/server/annotations/claim-version";
import { submissionProblems } from "@/lib/workflow/submission";

/** Draft → submitted for review, only when the finding is complete (see lib/workflow/submission). */
export async function submitAnnotation({ actor, input }: { actor: Actor; input: { annotationId: string; version: number } }) {
  return getDb().$transaction(async (tx) => {
    const before = await claimAnnotationVersion(tx, actor, input.annotationId, input.version);
    const problems = submissionProblems({ ...before, sourceCount: before.sources.length });
    if (problems.length) throw new AppError("INVALID", `Not ready for review: ${problems.join(" ")}`, { problems });
    const after = await tx.annotation.update({ where: { id: before.id }, data: { status: "SUBMITTED" }, select: annotationSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "annotation.submitted",
      entityType: "Annotation",
      entityId: before.id,
      articleId: before.articleId,
      before: { status: before.status },
      after: { status: after.status },
    });
    return toAnnotationView(after);
  });
}
