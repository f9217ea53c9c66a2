"use client";

import { useState } from "react";
import { EXPORT_FORMAT_IDS, EXPORT_FORMAT_INFO, MAX_EXPORT_SELECTION, type ExportFormat } from "@/lib/exports/format-names";
import { downloadSelection, type DownloadProgress } from "./download-selection";
import { useExportSelection } from "./selection-context";
import { plural } from "@/lib/plural";
import type { ArticleSort } from "@/lib/validation/article-list";

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "Export N selected": one zip of the ticked articles in the chosen format, in the list's order, with its progress. */
export function ExportBar({ sort }: { sort: ArticleSort }) {
  const { selected, clear } = useExportSelection();
  const [format, setFormat] = useState<ExportFormat>("pdf");
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const count = selected.size;
  if (count === 0 && !outcome) return null;
  const busy = progress !== null;
  const tooMany = count > MAX_EXPORT_SELECTION;

  async function start() {
    setOutcome(null);
    setProgress({ articles: 0, total: count, bytes: 0 });
    const result = await downloadSelection({ articleIds: [...selected], format, sort }, setProgress);
    setProgress(null);
    setOutcome(
      result.ok
        ? { ok: true, message: `Saved ${result.fileName} (${plural(count, "article")}, ${size(result.bytes)}).` }
        : { ok: false, message: result.message },
    );
  }

  return (
    <div className="export-bar" role="region" aria-label="Export selected articles">
      {count > 0 && (
        <>
          <label>
            Format{" "}
            <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} disabled={busy}>
              {EXPORT_FORMAT_IDS.map((id) => (
                <option key={id} value={id}>
                  {EXPORT_FORMAT_INFO[id].label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={start} disabled={busy || tooMany}>
            Export {count} selected
          </button>
          <button type="button" className="link-button" onClick={clear} disabled={busy}>
            Clear selection
          </button>
        </>
      )}
      {tooMany && <p className="error">Export at most {MAX_EXPORT_SELECTION} articles at once.</p>}
      {progress && (
        <p className="export-progress" role="status">
          <progress max={progress.total} value={progress.articles} /> {progress.articles} of {progress.total} articles ·{" "}
          {size(progress.bytes)}
        </p>
      )}
      {outcome && (
        <p className={outcome.ok ? "notice" : "error"} role={outcome.ok ? "status" : "alert"}>
          {outcome.message}
        </p>
      )}
    </div>
  );
}
