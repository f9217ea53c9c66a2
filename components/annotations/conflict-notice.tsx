import type { AnnotationView } from "@/lib/annotations/types";
import type { AnnotationPatch } from "@/lib/validation/annotation";
import { VERDICT_LABELS } from "@/lib/verdicts/scale";
import type { VerdictRating } from "@/lib/enums";

const FIELD_LABELS: Record<keyof AnnotationPatch, string> = {
  claimText: "Checkable claim",
  speaker: "Speaker",
  quoteCheck: "Quote check",
  quoteOrigin: "Original source",
  holder: "Opinion holder",
  note: "Note",
  verdict: "Verdict",
  restsOnIds: "Rests on claims",
};

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field === "verdict") return VERDICT_LABELS[(value as { rating: VerdictRating }).rating];
  if (Array.isArray(value)) return `${value.length} claim(s)`;
  return String(value);
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
  const fields = Object.keys(mine) as (keyof AnnotationPatch)[];
  return (
    <div className="conflict" role="alert">
      <p>
        <strong>{changedBy ? `Changed by ${changedBy} just now` : "Someone else saved this annotation"}</strong> (now version{" "}
        {theirs.version}). Your edits were not saved yet:
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
              <td data-testid={`theirs-${field}`}>{show(field, theirs[field])}</td>
              <td data-testid={`mine-${field}`}>{show(field, mine[field])}</td>
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
