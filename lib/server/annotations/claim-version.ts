import "server-only";
import type { Actor } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { annotationSelect, toAnnotationView, type AnnotationView } from "@/lib/server/annotations/annotation-view";
import type { AnnotationStatus } from "@/lib/enums";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { recordAudit } from "@/lib/server/audit";
import { nextStatus, type StatusFacts } from "@/lib/workflow/annotation-status";

/** Why the actor may not take this step on the annotation (answered as FORBIDDEN), or null. */
export type AnnotationRule = (actor: Actor, annotation: StatusFacts) => string | null;

export type ClaimAnnotationVersionOptions = {
  actor: Actor;
  annotationId: string;
  version: number;
  rule: AnnotationRule;
  /**
   * The claim is for a change of content (fields, verdict, sources, span), not a status step:
   * the actor becomes the latest editor (who may not review it), and an approved finding goes
   * back to review, since its approval covered the version before.
   */
  isContentChange?: boolean;
  /**
   * For a change that does not depend on everything in the version it was made on (a source added,
   * a source edited from its base): when that version is gone, why the change cannot apply to the
   * current one (the conflict's message), or null to claim the current version instead. Without
   * it, a change on a version that is gone is refused.
   */
  mergeRefusal?: (current: AnnotationView) => string | null;
  /** What a lost race is told, for a step that says which it was (lib/workflow/lost-decision); a general line otherwise. */
  conflictMessage?: string;
};

/** Saves landing on the same card in a burst: after this many merges in a row, the change is refused. */
export const MAX_MERGE_ATTEMPTS = 10;

/**
 * Every change to an annotation (fields, verdict, sources, deletion, status) starts here. It
 * moves the version on only if it is still the one the caller read: the version in the UPDATE's
 * WHERE makes check and write one atomic step, so two changes can never both pass. The lock knows
 * versions only; what the actor may do is the caller's `rule` (an edit, a submission, a review).
 *
 * Returns the annotation as it stands under the claim: read after the UPDATE, which holds the
 * row lock until the transaction ends, so nobody changes it in between (its `version` is already
 * the new one).
 */
export async function claimAnnotationVersion(
  tx: Tx,
  { actor, annotationId, version, rule, isContentChange = false, mergeRefusal, conflictMessage }: ClaimAnnotationVersionOptions,
) {
  let claimed = version;
  for (let attempt = 0; ; attempt++) {
    const { count } = await tx.annotation.updateMany({
      where: { id: annotationId, version: claimed, deletedAt: null },
      data: { version: { increment: 1 }, ...(isContentChange && { lastEditedById: actor.id }) },
    });
    // Read after the UPDATE, never before: a row read first could predate the save that beat us.
    const row = await tx.annotation.findFirst({
      // Scoped like every read, so an annotation on an article the actor cannot read is not found.
      where: { id: annotationId, deletedAt: null, article: readableArticleWhere(actor) },
      select: { ...annotationSelect, article: { select: { status: true } } },
    });
    if (!row) throw new AppError("NOT_FOUND", "That annotation was deleted.");
    const { article, ...current } = row;
    if (count === 0) {
      // A lost race is told first, with the winner's state: whatever the loser wanted (an edit, an
      // approval) was decided on a version that is gone. The row is one the actor may read (the
      // query is scoped), so showing it leaks nothing. A mergeable change claims the version just
      // read instead; if yet another change came in between, that claim is refused and compared again.
      const view = toAnnotationView(current);
      if (!mergeRefusal || attempt >= MAX_MERGE_ATTEMPTS) throw conflictError(view, conflictMessage);
      const refusal = mergeRefusal(view);
      if (refusal) throw conflictError(view, refusal);
      claimed = view.version;
      continue;
    }
    const ruleRefusal = rule(actor, {
      authorId: current.author.id,
      status: current.status,
      articleStatus: article.status,
      lastEditedById: current.lastEditedById,
    });
    if (ruleRefusal) throw new AppError("FORBIDDEN", ruleRefusal);
    if (isContentChange) {
      current.status = await sendBackToReview(tx, {
        actor,
        annotationId,
        articleId: current.articleId,
        status: current.status,
        version: claimed,
        newVersion: current.version,
      });
    }
    return { ...current, mergedFrom: claimed === version ? null : version };
  }
}

/**
 * What a save on a version that is gone answers. The current state shown is one the actor may
 * read (callers read it scoped), so showing it leaks nothing.
 */
export function conflictError(
  current: AnnotationView,
  message = "Someone else saved this annotation since you opened it. Their version is shown; your change was not saved.",
): AppError {
  return new AppError("CONFLICT", message, { current });
}

/** The annotation as the actor may see it now (null when deleted or out of their scope): what a refused claim is told. */
export async function readScopedAnnotation(tx: Tx, actor: Actor, annotationId: string): Promise<AnnotationView | null> {
  const row = await tx.annotation.findFirst({
    where: { id: annotationId, deletedAt: null, article: readableArticleWhere(actor) },
    select: annotationSelect,
  });
  return row && toAnnotationView(row);
}

type ContentChange = {
  actor: Actor;
  annotationId: string;
  articleId: string;
  status: AnnotationStatus;
  version: number;
  newVersion: number;
};

/**
 * A change of content to an approved finding: its approval covered the version before, so it
 * goes back to review (recorded). Answers the status the annotation has now.
 */
export async function sendBackToReview(tx: Tx, { actor, annotationId, articleId, status, version, newVersion }: ContentChange) {
  const afterEdit = nextStatus("edit", status);
  if (afterEdit === status) return status;
  await tx.annotation.update({ where: { id: annotationId }, data: { status: afterEdit }, select: { id: true } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "annotation.needs_review",
    entityType: "Annotation",
    entityId: annotationId,
    articleId,
    before: { status, version },
    after: { status: afterEdit, version: newVersion },
  });
  return afterEdit;
}
