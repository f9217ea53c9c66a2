"use client";
import type { AnnotationView } from "@/lib/annotations/types";
import type { AnnotationPatch } from "@/lib/validation/annotation";
import { submissionProblems } from "@/lib/workflow/submission";
import { cardFieldsOf } from "@/lib/annotations/card-fields";
import { shown as shownAnnotation } from "@/lib/annotations/workbench-state";
import { useAnnotationStore, useWorkbench } from "@/components/annotations/store/workbench-store-context";
import { SaveStatus } from "@/components/annotations/save-status";
import { ConflictNotice } from "@/components/annotations/conflict-notice";
import { CardSources } from "@/components/annotations/card-sources";
import { CardFieldControl } from "@/components/annotations/card-field-control";
import { AnnotationHistory } from "@/components/annotations/annotation-history";
import { ReviewControls } from "@/components/reviews/review-controls";
import { CheckedBefore } from "@/components/fact-checks/checked-before";
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
        {cardFieldsOf(annotation.kind).map((field) => (
          <CardFieldControl
            key={field}
            field={field}
            shown={shown}
            claims={claims}
            canEdit={canEdit}
            generation={entry.generation}
            change={change}
          />
        ))}
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
