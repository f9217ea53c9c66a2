import "server-only";
import type { AnnotationView } from "@/lib/annotations/types";
import type { Actor } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";
import type { StepAudit } from "@/lib/server/reviews/take-status-step";

/**
 * The webhook event of a review step, in the step's transaction: submitted, approved and changes
 * requested are events; dismissing and reopening a finding are not (no receiver asked for them).
 */
export async function enqueueStepEvent(
  tx: Tx,
  { actor, step, version, view }: { actor: Actor; step: StepAudit; version: number; view: AnnotationView },
) {
  if (step.action !== "annotation.submitted" && step.action !== "annotation.approved" && step.action !== "annotation.changes_requested")
    return;
  const article = await tx.article.findUniqueOrThrow({ where: { id: view.articleId }, select: { id: true, title: true } });
  const base = {
    article,
    actor: { id: actor.id, name: actor.name },
    annotation: {
      id: view.id,
      kind: view.kind,
      status: view.status,
      version: view.version,
      exact: view.exact,
      claimText: view.claimText ?? null,
      verdict: view.verdict?.rating ?? null,
    },
  };
  const reason = step.after && "reason" in step.after ? (step.after.reason ?? null) : null;
  if (step.action === "annotation.submitted") return enqueueWebhookEvent(tx, { type: step.action, articleId: article.id, data: base });
  if (step.action === "annotation.approved")
    return enqueueWebhookEvent(tx, { type: step.action, articleId: article.id, data: { ...base, reviewedVersion: version, note: reason } });
  return enqueueWebhookEvent(tx, {
    type: step.action,
    articleId: article.id,
    data: { ...base, reviewedVersion: version, reason: reason ?? "" },
  });
}
