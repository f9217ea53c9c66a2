// Three-way merge of a card's fields. A save names the version the editor started from and the
// values the changed fields had then (the base). If someone saved in between, the save still
// goes through when none of the fields *it changed* changed since the base: the other person
// changed other fields, and both changes stand. Only a field changed by both is a conflict.
// The verdict is two fields to the merge, as on screen: its rating and its rationale. Pure: the
// server (update-annotation.ts) and the browser (receivedLive) decide with the same rule.
import { CARD_FIELD_NAMES, CARD_FIELDS, type CardField } from "@/lib/annotations/card-fields";
import type { AnnotationView } from "@/lib/annotations/types";
import type { AnnotationPatch } from "@/lib/validation/annotation";

export type PatchField = keyof AnnotationPatch;
/** What the merge compares: each field of the card on its own (lib/annotations/card-fields.ts), the verdict's rating and rationale apart. */
export type MergeField = CardField;

/** The fields a view holds under their own name: all but the verdict's parts. */
const VIEW_FIELDS = CARD_FIELD_NAMES.filter((field) => CARD_FIELDS[field].type !== "verdict") as Exclude<
  MergeField,
  "rating" | "rationale"
>[];

/**
 * A rationale where there is no verdict at all. A verdict removed (rationale → no verdict) is a
 * change that clashes with a rationale being written; a verdict coming into being with no
 * rationale yet (no verdict → empty) is not a change of the rationale (see `isUnchanged`).
 */
const NO_VERDICT = Symbol("no verdict");
type Values = Partial<Record<MergeField, unknown>>;

/** The current values of the fields a patch changes, as a base for that patch (the whole verdict for either part of it). */
export function baseOf(view: AnnotationView, patch: AnnotationPatch): AnnotationPatch {
  return Object.fromEntries(
    Object.keys(patch).map((field) => [
      field,
      field === "verdict" ? view.verdict && { rating: view.verdict.rating, rationale: view.verdict.rationale } : view[field as PatchField],
    ]),
  ) as AnnotationPatch;
}

/** The merge fields a patch sets. */
export function patchedFields(patch: AnnotationPatch): MergeField[] {
  return Object.keys(patchValues(patch)) as MergeField[];
}

/** The merge fields whose value in `patch` differs from `base`: what this save changes. */
export function changesOf(patch: AnnotationPatch, base: AnnotationPatch): MergeField[] {
  const mine = patchValues(patch);
  const before = baseValues(base);
  return patchedFields(patch).filter((field) => !isUnchanged(field, before[field], mine[field]));
}

/** The fields this save changes that someone else changed too since `base`: the conflict. */
export function clashingFields(patch: AnnotationPatch, base: AnnotationPatch, current: AnnotationView): MergeField[] {
  const before = baseValues(base);
  const now = viewValues(current);
  return changesOf(patch, base).filter((field) => !isUnchanged(field, before[field], now[field]));
}

/**
 * The patch cut down to what it changes since `base`, for a save merged onto someone else's
 * version: a field sent as it was must not put back the value they replaced.
 */
export function mergedPatch(patch: AnnotationPatch, base: AnnotationPatch): AnnotationPatch {
  const changed = new Set(changesOf(patch, base));
  const merged = Object.fromEntries(
    Object.entries(patch).filter(([field]) => field !== "verdict" && changed.has(field as MergeField)),
  ) as AnnotationPatch;
  const { verdict } = patch;
  if (verdict === null && (changed.has("rating") || changed.has("rationale"))) merged.verdict = null;
  if (verdict) {
    // The mark of a rating copied from a fact-check travels with the rating it describes.
    const part = {
      ...(changed.has("rating") && { rating: verdict.rating }),
      ...(changed.has("rating") && verdict.copiedFromFactCheckId !== undefined && { copiedFromFactCheckId: verdict.copiedFromFactCheckId }),
      ...(changed.has("rationale") && { rationale: verdict.rationale }),
    };
    if (Object.keys(part).length) merged.verdict = part;
  }
  return merged;
}

/** The fields whose value differs between two versions of an annotation, among `fields`. */
export function changedFields(fields: MergeField[], before: AnnotationView, after: AnnotationView): MergeField[] {
  const [a, b] = [viewValues(before), viewValues(after)];
  return fields.filter((field) => !isUnchanged(field, a[field], b[field]));
}

function viewValues(view: AnnotationView): Values {
  const values: Values = {};
  for (const field of VIEW_FIELDS) values[field] = view[field];
  const { verdict } = view;
  values.rating = verdict?.rating ?? null;
  values.rationale = verdict ? (verdict.rationale ?? null) : NO_VERDICT;
  return values;
}

/** What a patch sets, field by field: a verdict part left out is not set; a cleared verdict sets both. */
function patchValues(patch: AnnotationPatch): Values {
  const { verdict, ...fields } = patch;
  const values: Values = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  if (verdict === null) Object.assign(values, { rating: null, rationale: NO_VERDICT });
  if (verdict?.rating !== undefined) values.rating = verdict.rating;
  if (verdict?.rationale !== undefined) values.rationale = verdict.rationale;
  return values;
}

/** The values a base gives; its verdict is the whole verdict as it was, or null when there was none. */
function baseValues(base: AnnotationPatch): Values {
  const { verdict, ...fields } = base;
  if (verdict === undefined) return fields;
  return { ...fields, rating: verdict?.rating ?? null, rationale: verdict ? (verdict.rationale ?? null) : NO_VERDICT };
}

/** Whether a field went from `before` to `after` without changing; directional for the rationale (see NO_VERDICT). */
function isUnchanged(field: MergeField, before: unknown, after: unknown): boolean {
  const [from, to] = [canonical(field, before), canonical(field, after)];
  return from === to || (before === NO_VERDICT && to === "null");
}

function canonical(field: MergeField, value: unknown): string {
  if (value === NO_VERDICT) return "no verdict";
  if (value === undefined || value === null || value === "") return "null";
  if (field === "restsOnIds" && Array.isArray(value)) return JSON.stringify([...value].sort());
  return stableJson(value);
}

/** JSON with object keys sorted: PostgreSQL's jsonb hands keys back in its own order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
