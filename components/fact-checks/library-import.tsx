"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import type { ImportStreamLine } from "@/lib/fact-checks/import-stream";
import { describeCounts, type ImportProgress, type ImportSummary } from "@/lib/fact-checks/import-summary";
import { FEED_FORMAT_LABELS } from "@/lib/fact-checks/feed/feed-event";
import { uploadFeed, type UploadState } from "./upload-feed";

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

type Outcome = { source: string; line: ImportStreamLine };

/** The library's two ways in: a feed file, or a web address; with progress while it runs, then what became of every item. */
export function LibraryImport() {
  const router = useRouter();
  const fileId = useId();
  const urlId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState("");
  const [state, setState] = useState<UploadState | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const busy = state !== null;

  async function start(target: { file: File } | { url: string }, source: string) {
    setOutcome(null);
    setState({ sentBytes: 0, totalBytes: "file" in target ? target.file.size : null, line: null });
    const line = await uploadFeed(target, setState);
    setState(null);
    setOutcome({ source, line });
    if (line.type === "summary") router.refresh();
  }

  return (
    <div className="library-import">
      <form
        className="library-import-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (file) void start({ file }, file.name);
        }}
      >
        <label htmlFor={fileId}>Feed file</label>
        <input
          id={fileId}
          type="file"
          accept=".json,.jsonld,.ndjson,.csv,.tsv,.html,.htm,application/json,application/ld+json,text/csv,text/html"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          disabled={busy}
        />
        <button type="submit" disabled={busy || !file}>
          Import file
        </button>
      </form>
      <form
        className="library-import-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (url.trim()) void start({ url: url.trim() }, url.trim());
        }}
      >
        <label htmlFor={urlId}>Or a web address</label>
        <input
          id={urlId}
          type="url"
          inputMode="url"
          placeholder="https://… (a fact-check page or a JSON feed)"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          disabled={busy}
        />
        <button type="submit" disabled={busy || !url.trim()}>
          Import from the web
        </button>
      </form>
      {state && <ProgressLine state={state} />}
      {outcome && <OutcomeView outcome={outcome} />}
    </div>
  );
}

function ProgressLine({ state }: { state: UploadState }) {
  const progress: ImportProgress | null =
    state.line?.type === "progress" ? state.line.progress : state.line?.type === "summary" ? state.line.summary : null;
  const read = progress?.bytes ?? 0;
  const total = state.totalBytes ?? progress?.totalBytes ?? null;
  return (
    <p className="export-progress" role="status">
      {total ? <progress max={total} value={Math.max(read, 0)} /> : <progress />}{" "}
      {total ? `${size(Math.max(state.sentBytes, read))} of ${size(total)} sent` : "Fetching…"}
      {progress ? ` · ${progress.items.toLocaleString("en")} items read: ${describeCounts(progress)}` : ""}
    </p>
  );
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  const { line, source } = outcome;
  if (line.type !== "summary")
    return (
      <p className="error" role="alert">
        {line.type === "error" ? line.message : "The import ended without a summary."}
      </p>
    );
  const summary: ImportSummary = line.summary;
  const format = summary.format ? ` (${FEED_FORMAT_LABELS[summary.format]})` : "";
  return (
    <div className={summary.stopped || summary.refused ? "error" : "notice"} role="status" aria-label="Import summary">
      <p>
        <strong>{source}</strong>
        {format}: {describeCounts(summary)}.
      </p>
      {summary.stopped && (
        <p>
          Reading stopped: {summary.stopped}
          {summary.items > 0 && " What came before was imported."}
        </p>
      )}
      {summary.notices.map((notice) => (
        <p key={notice}>{notice}</p>
      ))}
      {summary.refusals.length > 0 && (
        <ul aria-label="Items refused">
          {summary.refusals.map((refusal, index) => (
            <li key={index}>
              {refusal.position}: {refusal.reason}
            </li>
          ))}
          {summary.refused > summary.refusals.length && <li>…and {summary.refused - summary.refusals.length} more.</li>}
        </ul>
      )}
    </div>
  );
}
