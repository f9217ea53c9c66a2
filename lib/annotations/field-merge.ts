// Three-way merge of a card's fields. A save names the version the editor started from and the
// values the changed fields had then (the base). If someone saved in between, the save still
// goes through when none of *its* fields changed since the base: the other person changed other
// fields, and both changes stand. Only a field changed by both is a conflict. Pure: the server
// (update-annotation.ts) and the browser (receivedLive) decide with the same rule.
import type { AnnotationView } from "@/lib/annotations/types";
import type { AnnotationPatch } from "@/lib/validation/annotation";

export type PatchField = keyof AnnotationPatch;

/** The current values of the fields a patch changes, as a base for that patch. */
export function baseOf(view: AnnotationView, patch: AnnotationPatch): AnnotationPatch {
  return Object.fromEntries(Object.keys(patch).map((field) => [field, valueOf(view, field as PatchField)])) as AnnotationPatch;
}

/** The fields of `patch` whose value in `current` is no longer the one in `base`: changed by someone else too. */
export function clashingFields(patch: AnnotationPatch, base: AnnotationPatch, current: AnnotationView): PatchField[] {
  return (Object.keys(patch) as PatchField[]).filter((field) => !sameValue(field, base[field], valueOf(current, field)));
}

/** The fields whose value differs between two versions of an annotation, among `fields`. */
export function changedFields(fields: PatchField[], before: AnnotationView, after: AnnotationView): PatchField[] {
  return fields.filter((field) => !sameValue(field, valueOf(before, field), valueOf(after, field)));
}

function valueOf(view: AnnotationView, field: PatchField): unknown {
  if (field === "verdict") return view.verdict ? { rating: view.verdict.rating, rationale: view.verdict.rationale ?? null } : null;
  return view[field];
}

function sameValue(field: PatchField, a: unknown, b: unknown): boolean {
  return canonical(field, a) === canonical(field, b);
}

function canonical(field: PatchField, value: unknown): string {
  if (value === undefined || value === null || value === "") return "null";
  if (field === "restsOnIds" && Array.isArray(value)) return JSON.stringify([...value].sort());
  if (field === "verdict" && typeof value === "object") {
    const verdict = value as { rating: string; rationale?: unknown };
    return stableJson({ rating: verdict.rating, rationale: verdict.rationale ?? null });
  }
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
