// The card's fields in the words of its form, for every place that names one: the conflict
// notice, "changed since" an approval, the history. The verdict is two fields, as on screen.
import type { MergeField } from "@/lib/annotations/field-merge";

/** In the form's order. */
export const FIELD_LABELS = {
  claimText: "Checkable claim",
  rating: "Rating",
  rationale: "Rationale",
  speaker: "Speaker",
  quoteCheck: "Quote check",
  quoteOrigin: "Original source of the quote",
  holder: "Opinion holder",
  restsOnIds: "Rests on claims",
  note: "Note",
} as const satisfies Record<MergeField, string>;

const ORDER = Object.keys(FIELD_LABELS) as MergeField[];

/** The fields in the form's order, for lists that must read the same every time. */
export const inFormOrder = (fields: Iterable<MergeField>) => [...new Set(fields)].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));

/** A field's name inside a sentence ("changed since: rating, note"). */
export const fieldName = (field: MergeField) => FIELD_LABELS[field].toLowerCase();
