"use client";
import { CARD_FIELDS, type CardField, type TextField } from "@/lib/annotations/card-fields";
import type { AnnotationView } from "@/lib/annotations/types";
import { labelledOptions, QUOTE_CHECK_LABELS, QUOTE_CHECKS, VERDICT_RATINGS } from "@/lib/enums";
import { copiedRatingLabel } from "@/lib/fact-checks/copied-rating";
import type { AnnotationPatch } from "@/lib/validation/annotation";
import { VERDICT_SCALE } from "@/lib/verdicts/scale";
import { RationaleEditor } from "@/components/editor/rationale-editor";

type CardFieldControlProps = {
  field: CardField;
  /** The card as shown: the server's version with the unsaved edits over it. */
  shown: AnnotationView;
  /** The article's claims, which an opinion may rest on. */
  claims: AnnotationView[];
  canEdit: boolean;
  /** Remounts the rationale's editor when the card takes another version wholesale. */
  generation: number;
  change: (patch: AnnotationPatch) => void;
};

/**
 * One field of the open card, labelled and limited by its entry in lib/annotations/card-fields.ts.
 * A text field needs nothing here; a field of another type gets its own case, and the compiler
 * asks for it (the default case takes text fields only).
 */
export function CardFieldControl({ field, shown, claims, canEdit, generation, change }: CardFieldControlProps) {
  const { verdict } = shown;
  switch (field) {
    case "rating":
      return (
        <>
          {/* The verdict as a whole ("not yet" removes it); the conflict notice names this part its rating. */}
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
        </>
      );
    case "rationale":
      return verdict ? (
        <RationaleEditor
          key={generation}
          label={CARD_FIELDS.rationale.label}
          value={verdict.rationale ?? null}
          isReadOnly={!canEdit}
          onChange={(rationale) => change({ verdict: { rationale } })}
        />
      ) : null;
    case "quoteCheck":
      return (
        <label>
          {CARD_FIELDS.quoteCheck.label}
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
      );
    case "restsOnIds":
      return claims.length > 0 ? (
        <fieldset className="rests-on">
          <legend>{CARD_FIELDS.restsOnIds.label}</legend>
          {claims.map((claim) => {
            const ids = shown.restsOnIds;
            return (
              <label key={claim.id} className="check">
                <input
                  type="checkbox"
                  checked={ids.includes(claim.id)}
                  onChange={(e) => change({ restsOnIds: e.target.checked ? [...ids, claim.id] : ids.filter((id) => id !== claim.id) })}
                />
                {claim.claimText || claim.exact}
              </label>
            );
          })}
        </fieldset>
      ) : null;
    default:
      return <CardTextInput field={field} value={shown[field]} onChange={(value) => change({ [field]: value })} />;
  }
}

function CardTextInput({ field, value, onChange }: { field: TextField; value: string | null; onChange: (value: string) => void }) {
  const { label, maxLength, isMultiline } = CARD_FIELDS[field];
  return (
    <label>
      {label}
      {isMultiline ? (
        <textarea rows={2} value={value ?? ""} onChange={(e) => onChange(e.target.value)} maxLength={maxLength} />
      ) : (
        <input value={value ?? ""} onChange={(e) => onChange(e.target.value)} maxLength={maxLength} />
      )}
    </label>
  );
}

const ratingOf = (value: string) => VERDICT_RATINGS.find((rating) => rating === value);
