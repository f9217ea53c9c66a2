"use client";
import type { AnnotationView } from "@/lib/annotations/types";
import type { AnnotationPatch } from "@/lib/validation/annotation";
import { submissionProblems } from "@/lib/workflow/submission";
import { VERDICT_SCALE } from "@/lib/verdicts/scale";
import { labelledOptions, QUOTE_CHECK_LABELS, QUOTE_CHECKS, VERDICT_RATINGS } from "@/lib/enums";
import { shown as shownAnnotation } from "@/lib/annotations/workbench-state";
import { useAnnotationStore, useWorkbench } from "@/components/annotations/store/workbench-store-context";
import { SaveStatus } from "@/components/annotations/save-status";
import { ConflictNotice } from "@/components/annotations/conflict-notice";
import { CardSources } from "@/components/annotations/card-sources";
import { RationaleEditor } from "@/components/editor/rationale-editor";
import { AnnotationHistory } from "@/components/annotations/annotation-history";
import { ReviewControls } from "@/components/reviews/review-controls";
import { CheckedBefore } from "@/components/fact-checks/checked-before";
import { copiedRatingLabel } from "@/lib/fact-checks/copied-rating";
import type { ActionResult } from "@/lib/errors";
import type { Role } from "@/lib/enums";

type AnnotationEditorProps = {
  annotationId: string;
  claims: AnnotationView[];
  canEdit: boolean;
  onDelete: () => void;
  actor: { id: string; role: Role };
  /** The article is signed off or archived: nothing changes, review steps included. */
  isFrozen: boolean;
};

/** The open card: every field autosaves; sources and submission go through the same queue in the store. */
export function AnnotationEditor({ annotationId, claims, canEdit, onDelete, actor, isFrozen }: AnnotationEditorProps) {
  const store = useAnnotationStore();
  const entry = useWorkbench((s) => s.entries[annotationId]);
  if (!entry) return null;
  const annotation = entry.view;
  const shown = shownAnnotation(entry);
  const change = (patch: AnnotationPatch) => store.edit(annotationId, patch);
  const verdict = shown.verdict;
  const problems = submissionProblems({ ...shown, sourceCount: shown.sources.length });

  return (
    <div className="annotation-editor">
      {entry.notice && (
        <p className="error" role="alert">
          {entry.notice}
        </p>
      )}
      {entry.status === "conflict" && entry.theirs && (
        <ConflictNotice
          theirs={entry.theirs}
          mine={entry.edits}
          changedBy={entry.changedBy}
          onChoose={(choice) => store.resolveConflict(annotationId, choice)}
        />
      )}
      <fieldset disabled={!canEdit} className="fields">
        {annotation.kind === "CLAIM" && (
          <>
            <label>
              Checkable claim
              <textarea rows={2} value={shown.claimText ?? ""} onChange={(e) => change({ claimText: e.target.value })} maxLength={1000} />
            </label>
            <label>
              Verdict
              {/* The rating alone: the rationale is its own field to the merge, as on screen. */}
              <select
                value={verdict?.rating ?? ""}
                onChange={(e) => {
                  const rating = ratingOf(e.target.value);
                  change({ verdict: rating ? { rating } : null });
                }}
              >
                <option value="">— not yet —</option>
                {VERDICT_SCALE.map((v) => (
                  <option key={v.rating} value={v.rating} title={v.description}>
                    {v.label}
                  </option>
                ))}
              </select>
            </label>
            {verdict?.copiedFrom && (
              <p className="hint draft-verdict">{copiedRatingLabel(verdict.copiedFrom)}. Choose a rating to make it your own.</p>
            )}
            {verdict && (
              <RationaleEditor
                key={entry.generation}
                label="Rationale"
                value={verdict.rationale ?? null}
                isReadOnly={!canEdit}
                onChange={(rationale) => change({ verdict: { rationale } })}
              />
            )}
          </>
        )}
        {annotation.kind === "QUOTE" && (
          <>
            <label>
              Speaker
              <input value={shown.speaker ?? ""} onChange={(e) => change({ speaker: e.target.value })} maxLength={200} />
            </label>
            <label>
              Quote check
              <select
                value={shown.quoteCheck ?? ""}
                onChange={(e) => change({ quoteCheck: QUOTE_CHECKS.find((check) => check === e.target.value) ?? null })}
              >
                <option value="">— not yet —</option>
                {labelledOptions(QUOTE_CHECKS, QUOTE_CHECK_LABELS).map(([key, label]) => (
                  <option key={key} value={key}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Original source of the quote
              <input value={shown.quoteOrigin ?? ""} onChange={(e) => change({ quoteOrigin: e.target.value })} maxLength={1000} />
            </label>
          </>
        )}
        {annotation.kind === "OPINION" && (
          <>
            <label>
              Opinion holder
              <input value={shown.holder ?? ""} onChange={(e) => change({ holder: e.target.value })} maxLength={200} />
            </label>
            {claims.length > 0 && (
              <fieldset className="rests-on">
                <legend>Rests on claims</legend>
                {claims.map((claim) => {
                  const ids = shown.restsOnIds;
                  return (
                    <label key={claim.id} className="check">
                      <input
                        type="checkbox"
                        checked={ids.includes(claim.id)}
                        onChange={(e) =>
                          change({ restsOnIds: e.target.checked ? [...ids, claim.id] : ids.filter((id) => id !== claim.id) })
                        }
                      />
                      {claim.claimText || claim.exact}
                    </label>
                  );
                })}
              </fieldset>
            )}
          </>
        )}
        <label>
          Note
          <textarea rows={2} value={shown.note ?? ""} onChange={(e) => change({ note: e.target.value })} maxLength={5000} />
        </label>
      </fieldset>
      <SaveStatus entry={entry} onRetry={() => void store.retry(annotationId)} />
      {annotation.kind === "CLAIM" && (
        <CheckedBefore
          annotation={shown}
          canEdit={canEdit}
          onAttach={async (source) => messageOf(await store.addSource(annotationId, source))}
          onCopy={(match, rating) => change({ verdict: { rating, copiedFromFactCheckId: match.id } })}
        />
      )}
      <CardSources annotationId={annotationId} sources={annotation.sources} canEdit={canEdit} />
      {canEdit && (
        <div className="row card-actions">
          <button type="button" onClick={() => void store.submit(annotationId)} disabled={problems.length > 0} title={problems.join(" ")}>
            Submit for review
          </button>
          <button type="button" className="danger" onClick={onDelete}>
            Delete
          </button>
        </div>
      )}
      {canEdit && problems.length > 0 && annotation.status !== "SUBMITTED" && <p className="hint">{problems.join(" ")}</p>}
      <ReviewControls
        annotation={annotation}
        actor={actor}
        isFrozen={isFrozen}
        onReview={async (action, reason) => messageOf(await store.review(annotationId, action, reason))}
        onReopen={async () => messageOf(await store.reopen(annotationId))}
      />
      <AnnotationHistory annotationId={annotation.id} version={annotation.version} />
    </div>
  );
}

const messageOf = (result: ActionResult<unknown>) => (result.ok ? null : result.message);

const ratingOf = (value: string) => VERDICT_RATINGS.find((rating) => rating === value);
