import { fieldName, inFormOrder, PATCH_KEYS, type PatchKey } from "@/lib/annotations/card-fields";
import { changesOf, type MergeField } from "@/lib/annotations/field-merge";
import type { HistoryEntry } from "@/lib/annotations/types";
import type { AnnotationPatch } from "@/lib/validation/annotation";

/**
 * The fields an edit in the audit trail changed, the verdict's rating and rationale apart: what
 * it wrote (`after`) against what they held before (`before`, which the save records for every
 * field it writes), so a field sent unchanged is not named.
 */
export function editedFields(entry: HistoryEntry): MergeField[] {
  if (entry.action !== "annotation.updated") return [];
  return inFormOrder(changesOf(patchIn(entry.after), patchIn(entry.before)));
}

/**
 * What changed in an annotation after a moment (its last approval), read from its audit trail, in
 * the words of the card's form: the fields edited, its sources, its span. Whatever the order of the
 * entries, each change is named once, fields in the form's order and then the rest.
 */
export function changedSince(entries: HistoryEntry[], since: string): string[] {
  const fields: MergeField[] = [];
  const others = new Set<string>();
  for (const entry of entries) {
    // A row this version cannot read (action null) names nothing.
    if (entry.at <= since || entry.action === null) continue;
    fields.push(...editedFields(entry));
    if (entry.entityType === "Source") others.add("sources");
    if (entry.action === "annotation.reattached") others.add("span");
    if (entry.action === "annotation.needs_review" && entry.after.reason !== undefined) {
      others.add("the article text around it");
    }
  }
  return [...inFormOrder(fields).map(fieldName), ...[...others].sort()];
}

function patchIn(value: unknown): AnnotationPatch {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([key]) => PATCH_KEYS.has(key as PatchKey))) as AnnotationPatch;
}

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === "object";
