// Sources in the three-way merge. A change to one source (edited or removed) names the source as
// the editor saw it (its base); if others saved the annotation since, the change still applies
// when that source is still there with the base's values: they changed something else. Pure: the
// server decides with it (change-source.ts) and the browser sends the base it needs.
import type { AnnotationView, SourceView } from "@/lib/annotations/types";
import type { SourceFields } from "@/lib/validation/source";

const COMPARED = ["url", "title", "publisher", "accessedOn", "publishedOn", "archiveUrl", "excerpt", "stance"] as const;

/** What a source change sends as its base: the source's fields as they are in the editor's view. */
export function sourceBaseOf(source: SourceView): SourceFields {
  return Object.fromEntries(COMPARED.map((field) => [field, source[field]])) as SourceFields;
}

/** Why a change to `sourceId` made from `base` cannot be merged into `current` (the conflict's message), or null when it can. */
export function sourceChangeRefusal(current: AnnotationView, sourceId: string, base: SourceFields): string | null {
  const source = current.sources.find((candidate) => candidate.id === sourceId);
  if (!source) return "Someone else removed this source since you opened it. Their version is shown; your change was not saved.";
  const changed = COMPARED.some((field) => orNull(source[field]) !== orNull(base[field]));
  return changed ? "Someone else edited this source since you opened it. Their version is shown; your change was not saved." : null;
}

/** Blank and missing are the same value: the form sends "" where the server stores null. */
const orNull = (value: string | null | undefined) => value || null;
