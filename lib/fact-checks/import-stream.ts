import type { ImportProgress, ImportSummary } from "./import-summary";

/**
 * The import route answers one JSON object per line (NDJSON) while it works: progress now and
 * then, and last either the summary or an error. The page reads them as they arrive.
 */
export type ImportStreamLine =
  { type: "progress"; progress: ImportProgress } | { type: "summary"; summary: ImportSummary } | { type: "error"; message: string };

export const IMPORT_STREAM_TYPE = "application/x-ndjson; charset=utf-8";

/** The whole lines in `text` from `from` on, and where the unfinished last line starts. */
export function readStreamLines(text: string, from: number): { lines: ImportStreamLine[]; next: number } {
  const lines: ImportStreamLine[] = [];
  let start = from;
  for (let end = text.indexOf("\n", start); end >= 0; end = text.indexOf("\n", start)) {
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (!line) continue;
    try {
      lines.push(JSON.parse(line) as ImportStreamLine);
    } catch {
      lines.push({ type: "error", message: "The server's answer could not be read." });
    }
  }
  return { lines, next: start };
}
