import { diffWords } from "diff";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/** Word-level differences from the imported text to the page's text now, for a reader to check. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}

/** How much changed, in words, for a one-line summary. */
export function diffSummary(parts: DiffPart[]): { added: number; removed: number } {
  const words = (text: string) => text.match(/\S+/g)?.length ?? 0;
  return {
    added: parts.filter((part) => part.kind === "added").reduce((sum, part) => sum + words(part.text), 0),
    removed: parts.filter((part) => part.kind === "removed").reduce((sum, part) => sum + words(part.text), 0),
  };
}
