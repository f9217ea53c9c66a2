import type { HistoryEntry } from "@/lib/annotations/types";

const FIELD_NAMES: Record<string, string> = {
  claimText: "checkable claim",
  speaker: "speaker",
  quoteCheck: "quote check",
  quoteOrigin: "original source",
  holder: "opinion holder",
  note: "note",
  verdict: "verdict",
  restsOnIds: "claims it rests on",
};

/**
 * What changed in an annotation after a moment (its last approval), read from its audit trail:
 * the fields edited, sources added or removed, a new place in the text. Newest-first or not, the
 * answer lists each change once, in a stable order.
 */
export function changedSince(entries: HistoryEntry[], since: string): string[] {
  const changes = new Set<string>();
  for (const entry of entries) {
    if (entry.at <= since) continue;
    if (entry.action === "annotation.updated" && entry.after && typeof entry.after === "object") {
      for (const key of Object.keys(entry.after)) if (FIELD_NAMES[key]) changes.add(FIELD_NAMES[key]);
    }
    if (entry.action === "source.added") changes.add("a source added");
    if (entry.action === "source.removed") changes.add("a source removed");
    if (entry.action === "source.updated") changes.add("a source edited");
    if (entry.action === "annotation.reattached") changes.add("its place in the text");
    if (entry.action === "annotation.needs_review" && typeof entry.after === "object" && entry.after && "reason" in entry.after) {
      changes.add("the article text around it");
    }
  }
  return [...changes].sort();
}
