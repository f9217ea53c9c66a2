"use client";
import { useCallback } from "react";
import type { AnnotationView } from "@/lib/server/annotations/annotation-view";
import type { AnnotationPatch } from "@/lib/validation/annotation";
import type { SourceFields } from "@/lib/validation/source";
import { addSourceAction, removeSourceAction, submitAnnotationAction } from "@/lib/actions/annotation-actions";
import { submissionProblems } from "@/lib/workflow/submission";
import { VERDICT_SCALE } from "@/lib/verdicts/scale";
import { QUOTE_CHECK_LABELS } from "@/components/annotations/labels";
import { useAnnotationSaver } from "@/components/annotations/use-annotation-saver";
import { SaveStatus } from "@/components/annotations/save-status";
import { ConflictNotice } from "@/components/annotations/conflict-notice";
import { SourceForm } from "@/components/annotations/source-form";
import { SourceList } from "@/components/annotations/source-list";
import { RationaleEditor } from "@/components/editor/rationale-editor";
import { AnnotationHistory } from "@/components/annotations/annotation-history";

type AnnotationEditorProps = {
  annotation: AnnotationView;
  claims: AnnotationView[];
  canEdit: boolean;
  onSaved: (next: AnnotationView) => void;
  onDelete: () => void;
};

/** The open card: every field autosaves; sources and submission go through the same version queue. */
export function AnnotationEditor({ annotation, claims, canEdit, onSaved, onDelete }: AnnotationEditorProps) {
  const { pending, state, generation, change, flush, run, resolveConflict } = useAnnotationSaver(annotation, onSaved);
  const value = <K extends keyof AnnotationPatch>(key: K, fallback: AnnotationPatch[K]) => (key in pending ? pending[key] : fallback);
  const text = (key: "claimText" | "speaker" | "quoteOrigin" | "holder" | "note") => (value(key, annotation[key]) as string | null) ?? "";
  const verdict = value("verdict", annotation.verdict);

  const addSource = useCallback(
    async (source: SourceFields) => {
      await flush();
      const result = await run((version) => addSourceAction({ annotationId: annotation.id, version, source }));
      return result.ok ? null : result.message;
    },
    [annotation.id, flush, run],
  );
  const removeSource = (sourceId: string) => void run((version) => removeSourceAction({ annotationId: annotation.id, version, sourceId }));
  const problems = submissionProblems({
    ...annotation,
    verdict: verdict ?? null,
    sourceCount: annotation.sources.length,
    claimText: text("claimText"),
  });
  const submit = async () => {
    await flush();
    await run((version) => submitAnnotationAction({ annotationId: annotation.id, version }));
  };

  return (
    <div className="annotation-editor">
      {state.status === "conflict" && state.theirs && <ConflictNotice theirs={state.theirs} mine={pending} onChoose={resolveConflict} />}
      <fieldset disabled={!canEdit} className="fields">
        {annotation.kind === "CLAIM" && (
          <>
            <label>
              Checkable claim
              <textarea rows={2} value={text("claimText")} onChange={(e) => change({ claimText: e.target.value })} maxLength={1000} />
            </label>
            <label>
              Verdict
              <select
                value={verdict?.rating ?? ""}
                onChange={(e) =>
                  change({ verdict: e.target.value ? { rating: e.target.value as never, rationale: verdict?.rationale ?? null } : null })
                }
              >
                <option value="">— not yet —</option>
                {VERDICT_SCALE.map((v) => (
                  <option key={v.rating} value={v.rating} title={v.description}>
                    {v.label}
                  </option>
                ))}
              </select>
            </label>
            {verdict && (
              <RationaleEditor
                key={generation}
                label="Rationale"
                value={verdict.rationale ?? null}
                isReadOnly={!canEdit}
                onChange={(rationale) => change({ verdict: { rating: verdict.rating, rationale } })}
              />
            )}
          </>
        )}
        {annotation.kind === "QUOTE" && (
          <>
            <label>
              Speaker
              <input value={text("speaker")} onChange={(e) => change({ speaker: e.target.value })} maxLength={200} />
            </label>
            <label>
              Quote check
              <select
                value={(value("quoteCheck", annotation.quoteCheck) as string | null) ?? ""}
                onChange={(e) => change({ quoteCheck: (e.target.value || null) as never })}
              >
                <option value="">— not yet —</option>
                {Object.entries(QUOTE_CHECK_LABELS).map(([key, label]) => (
                  <option key={key} value={key}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Original source of the quote
              <input value={text("quoteOrigin")} onChange={(e) => change({ quoteOrigin: e.target.value })} maxLength={1000} />
            </label>
          </>
        )}
        {annotation.kind === "OPINION" && (
          <>
            <label>
              Opinion holder
              <input value={text("holder")} onChange={(e) => change({ holder: e.target.value })} maxLength={200} />
            </label>
            {claims.length > 0 && (
              <fieldset className="rests-on">
                <legend>Rests on claims</legend>
                {claims.map((claim) => {
                  const ids = (value("restsOnIds", annotation.restsOnIds) as string[]) ?? [];
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
          <textarea rows={2} value={text("note")} onChange={(e) => change({ note: e.target.value })} maxLength={5000} />
        </label>
      </fieldset>
      <SaveStatus state={state} onRetry={() => void flush()} />
      <section aria-label="Sources" className="sources">
        <h3>Sources</h3>
        <SourceList sources={annotation.sources} onRemove={canEdit ? removeSource : undefined} />
        {canEdit && <SourceForm onAdd={addSource} />}
      </section>
      {canEdit && (
        <div className="row card-actions">
          <button type="button" onClick={() => void submit()} disabled={problems.length > 0} title={problems.join(" ")}>
            Submit for review
          </button>
          <button type="button" className="danger" onClick={onDelete}>
            Delete
          </button>
        </div>
      )}
      {canEdit && problems.length > 0 && annotation.status !== "SUBMITTED" && <p className="hint">{problems.join(" ")}</p>}
      <AnnotationHistory annotationId={annotation.id} version={annotation.version} />
    </div>
  );
}
