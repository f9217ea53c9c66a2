import "server-only";
import type { Actor } from "@/lib/auth/session";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { annotationSelect, toAnnotationView, type AnnotationView } from "@/lib/server/annotations/annotation-view";
import type { AnnotationStatus } from "@/lib/enums";
import { readableArticleStatuses } from "@/lib/policies/articles";
import { readableArticleWhere } from "@/lib/server/articles/readable-articles";
import { sendBackToReview } from "@/lib/server/annotations/send-back-to-review";
import type { StatusFacts } from "@/lib/workflow/annotation-status";

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
  /** Claims a deleted annotation, to restore it; every other change claims a live one. */
  isDeleted?: boolean;
};

/** Saves landing on the same card in a burst: after this many merges in a row, the change is refused. */
export const MAX_MERGE_ATTEMPTS = 10;

/**
 * Every change that moves an annotation's version claims it here: its sources, its span
 * (re-attaching), deletion and restoring, its status steps (lib/server/reviews/take-status-step.ts),
 * and a correction of the text, which claims the findings it sends back to review in bulk
 * (claimAnnotationVersions). The card's save (fields, verdict, the claims an opinion rests on), the
 * hot path, claims in the same SQL statement that writes (claim-and-write.ts), in this module's
 * scope (claimableSql). A correction's re-anchoring moves spans without moving versions, as a span
 * that only shifted keeps its approval.
 *
 * A claim moves the version on only if it is still the one the caller read: the version in the
 * UPDATE's WHERE makes check and write one atomic step, so two changes can never both pass. The
 * lock knows versions only; what the actor may do is the caller's `rule` (an edit, a submission,
 * a review).
 *
 * Returns the annotation as it stands under the claim: read after the UPDATE, which holds the
 * row lock until the transaction ends, so nobody changes it in between (its `version` is already
 * the new one).
 */
export async function claimAnnotationVersion(
  tx: Tx,
  {
    actor,
    annotationId,
    version,
    rule,
    isContentChange = false,
    isDeleted = false,
    mergeRefusal,
    conflictMessage,
  }: ClaimAnnotationVersionOptions,
) {
  let claimed = version;
  for (let attempt = 0; ; attempt++) {
    const [moved] = await moveVersionsOn(
      tx,
      { id: annotationId, version: claimed, deletedAt: isDeleted ? { not: null } : null },
      isContentChange ? actor.id : undefined,
    );
    // Read after the UPDATE, never before: a row read first could predate the save that beat us.
    const row = await tx.annotation.findFirst({
      where: { id: annotationId, ...claimableWhere(actor, isDeleted) },
      select: { ...annotationSelect, article: { select: { status: true } } },
    });
    if (!row) throw new AppError("NOT_FOUND", isDeleted ? "There is no deleted annotation to restore." : "That annotation was deleted.");
    const { article, ...current } = row;
    if (!moved) {
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
    // Checked on the row read under the lock: a sign-off in flight (it locks the article's
    // annotations) has committed by now, so a frozen article is seen as frozen.
    const ruleRefusal = rule(actor, {
      authorId: current.author.id,
      status: current.status,
      articleStatus: article.status,
      lastEditedById: current.lastEditedById,
    });
    if (ruleRefusal) throw new AppError("FORBIDDEN", ruleRefusal);
    if (isContentChange) {
      const [status = current.status] = await sendBackToReview(tx, {
        actor,
        claimed: [{ annotationId, articleId: current.articleId, status: current.status, version: claimed, newVersion: current.version }],
      });
      current.status = status;
    }
    return { ...current, mergedFrom: claimed === version ? null : version };
  }
}

/** One annotation's claimed version: what sendBackToReview needs to move and record it. */
export type ClaimedVersion = {
  annotationId: string;
  articleId: string;
  status: AnnotationStatus;
  /** The version claimed. */
  version: number;
  /** The version after the claim. */
  newVersion: number;
};

export type ClaimAnnotationVersionsOptions = {
  actor: Actor;
  annotationIds: string[];
};

/**
 * The bulk claim, for a change the server makes to many annotations at once (a correction of the
 * text sending findings back to review). Nobody read a version to compare: the change does not
 * depend on what a reviewer saw, so each annotation's current version is claimed, under its row
 * lock, and every save made on the version before is then refused like any lost race. The caller
 * has checked the actor's permission; annotations deleted or out of the actor's scope are left out.
 */
export async function claimAnnotationVersions(tx: Tx, { actor, annotationIds }: ClaimAnnotationVersionsOptions): Promise<ClaimedVersion[]> {
  if (!annotationIds.length) return [];
  const moved = await moveVersionsOn(tx, { id: { in: annotationIds }, ...claimableWhere(actor) });
  return moved.map(({ id, articleId, status, version }) => ({
    annotationId: id,
    articleId,
    status,
    version: version - 1,
    newVersion: version,
  }));
}

/** The one write that moves annotation versions on, for a single claim or a bulk one; answers the rows it moved. */
function moveVersionsOn(tx: Tx, where: Prisma.AnnotationWhereInput, lastEditedById?: string) {
  return tx.annotation.updateManyAndReturn({
    where,
    data: { version: { increment: 1 }, ...(lastEditedById && { lastEditedById }) },
    select: { id: true, articleId: true, status: true, version: true },
  });
}

/**
 * The annotations a claim may take: on an article the actor may read (any other is simply not
 * found, as by readableArticleWhere), and live, or deleted for a restore.
 */
export function claimableWhere(actor: Actor, isDeleted = false): Prisma.AnnotationWhereInput {
  return { deletedAt: isDeleted ? { not: null } : null, article: readableArticleWhere(actor) };
}

/**
 * claimableWhere for a live annotation in SQL, for the card's one-statement save: the annotation
 * is `a`, its article `ar`. Built from the same list of readable statuses as readableArticleWhere.
 */
export function claimableSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`a."deletedAt" IS NULL AND ar.status::text = ANY(${[...readableArticleStatuses(actor)]}::text[])`;
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
    where: { id: annotationId, ...claimableWhere(actor) },
    select: annotationSelect,
  });
  return row && toAnnotationView(row);
}
