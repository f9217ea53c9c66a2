import { FIELD_LABELS, inFormOrder } from "@/lib/annotations/card-fields";
import { changedFields, patchedFields, type MergeField } from "@/lib/annotations/field-merge";
import type { AnnotationView } from "@/lib/annotations/types";
import { withEdits } from "@/lib/annotations/workbench-state";
import { QUOTE_CHECK_LABELS } from "@/lib/enums";
import type { AnnotationPatch } from "@/lib/validation/annotation";
import { plainText } from "@/lib/validation/rich-text";
import { VERDICT_LABELS } from "@/lib/verdicts/scale";

function show(field: MergeField, view: AnnotationView): string {
  if (field === "rating") return view.verdict ? VERDICT_LABELS[view.verdict.rating] : "—";
  if (field === "rationale") return plainText(view.verdict?.rationale) || "—";
  if (field === "restsOnIds") return `${view.restsOnIds.length} claim(s)`;
  if (field === "quoteCheck") return view.quoteCheck ? QUOTE_CHECK_LABELS[view.quoteCheck] : "—";
  return view[field] || "—";
}

/** Shows what the other person saved next to the edits that were refused, so nothing is overwritten blindly. */
export function ConflictNotice({
  theirs,
  mine,
  changedBy,
  onChoose,
}: {
  theirs: AnnotationView;
  mine: AnnotationPatch;
  /** Heard live: who changed it while this reviewer was typing. */
  changedBy: string | null;
  onChoose: (choice: "theirs" | "mine") => void;
}) {
  // Field by field as on the form: the verdict's rating and rationale each have their own row.
  const fields = inFormOrder(patchedFields(mine));
  const mineShown = withEdits(theirs, mine);
  const who = changedBy ? `Changed by ${changedBy} just now` : "Someone else saved this annotation";
  // Nothing typed differs from theirs: a table would have nothing to compare, and no choice to offer.
  if (changedFields(fields, theirs, mineShown).length === 0) {
    return (
      <div className="conflict" role="alert">
        <p>
          {who} (now version {theirs.version}). Nothing you typed differs from it: it is shown as it is now.
        </p>
        <button type="button" onClick={() => onChoose("theirs")}>
          OK
        </button>
      </div>
    );
  }
  return (
    <div className="conflict" role="alert">
      <p>
        <strong>{who}</strong> (now version {theirs.version}). Your edits were not saved yet:
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Their version</th>
            <th scope="col">Your edit</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field}>
              <th scope="row">{FIELD_LABELS[field]}</th>
              <td data-testid={`theirs-${field}`}>{show(field, theirs)}</td>
              <td data-testid={`mine-${field}`}>{show(field, mineShown)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <button type="button" onClick={() => onChoose("theirs")}>
          Keep theirs
        </button>
        <button type="button" className="secondary" onClick={() => onChoose("mine")}>
          Save mine over theirs
        </button>
      </div>
    </div>
  );
}
