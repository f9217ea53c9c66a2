// Downloads a selection as one zip from /api/exports, reading the stream so the page can show how
// far it has got (articles and bytes), then hands the browser the file. Every failure comes back
// as a message: a refusal before the download (the server's own words), or a stop half-way.
import { articleIdOfFileName, type ExportFormat } from "@/lib/exports/format-names";
import { ZipEntryCounter } from "@/lib/exports/zip-progress";
import type { ArticleSort } from "@/lib/validation/article-list";

export type DownloadProgress = { articles: number; total: number; bytes: number };
export type DownloadResult = { ok: true; fileName: string; bytes: number } | { ok: false; message: string };
/** The ticked articles, in any order: the server puts them in the list's order for `sort`. */
export type Selection = { articleIds: readonly string[]; format: ExportFormat; sort: ArticleSort };

function fileNameOf(response: Response, format: ExportFormat): string {
  const disposition = response.headers.get("Content-Disposition") ?? "";
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? `factmark-${format}.zip`;
}

export async function downloadSelection(
  { articleIds, format, sort }: Selection,
  onProgress: (progress: DownloadProgress) => void,
): Promise<DownloadResult> {
  const total = articleIds.length;
  let response: Response;
  try {
    // POST: a large selection's ids would not fit in a URL.
    response = await fetch("/api/exports", { method: "POST", body: new URLSearchParams({ ids: articleIds.join(","), format, sort }) });
  } catch {
    return { ok: false, message: "The export could not be started: the server did not answer. Try again." };
  }
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    return { ok: false, message: body?.error ?? `The export failed (HTTP ${response.status}). Try again.` };
  }
  const wanted = new Set(articleIds);
  const counter = new ZipEntryCounter((name) => wanted.has(articleIdOfFileName(name, format) ?? ""));
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  // An entry's header arrives before its content: the article before it is then complete.
  let finished = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.length;
      finished = Math.max(0, counter.push(value) - 1);
      onProgress({ articles: finished, total, bytes });
    }
  } catch {
    return { ok: false, message: `The download stopped after ${finished} of ${total} articles. Nothing was saved; try again.` };
  }
  if (counter.entries.length !== total)
    return {
      ok: false,
      message: `The download stopped after ${counter.entries.length} of ${total} articles. Nothing was saved; try again.`,
    };
  onProgress({ articles: total, total, bytes });
  const fileName = fileNameOf(response, format);
  const url = URL.createObjectURL(new Blob(chunks, { type: "application/zip" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the blob can go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { ok: true, fileName, bytes };
}
