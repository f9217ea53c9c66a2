"use client";

import { useId, useState } from "react";
import { plural } from "@/lib/plural";

type Unplaced = { fileId: string; exact: string | null; reason: string };
type ImportAnswer = { imported: number; reanchored: number; unplaced: Unplaced[] };
type Outcome = { ok: true; answer: ImportAnswer } | { ok: false; message: string };

// The import route refuses bodies over 3 MB (the proxy's limit); saying so before sending spares the upload.
const MAX_BYTES = 3 * 1024 * 1024;

async function upload(articleId: string, file: File): Promise<Outcome> {
  if (file.size > MAX_BYTES) return { ok: false, message: `${file.name} is larger than 3 MB: split it into smaller files.` };
  let response: Response;
  try {
    response = await fetch(`/api/articles/${encodeURIComponent(articleId)}/annotations/import`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: await file.text(),
    });
  } catch {
    return { ok: false, message: "The server did not answer: nothing was imported. Try again." };
  }
  const body = (await response.json().catch(() => null)) as (ImportAnswer & { error?: string }) | null;
  if (!response.ok || !body)
    return { ok: false, message: body?.error ?? `The import failed (HTTP ${response.status}): nothing was imported.` };
  return { ok: true, answer: body };
}

function summary({ imported, reanchored, unplaced }: ImportAnswer): string {
  const placed = `${plural(imported, "annotation")} imported as drafts`;
  const moved = reanchored > 0 ? `, ${reanchored} of them re-anchored by their quote because the text had moved` : "";
  const left = unplaced.length > 0 ? `; ${unplaced.length} could not be placed` : "";
  return `${placed}${moved}${left}.`;
}

/** "Import annotations (W3C JSON-LD)": a file posted to the import route, and what became of each annotation. */
export function ImportAnnotations({ articleId }: { articleId: string }) {
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function choose(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    setOutcome(await upload(articleId, file));
    setBusy(false);
  }

  return (
    <div className="import-annotations">
      <label htmlFor={inputId}>Import annotations (W3C JSON-LD)</label>{" "}
      <input id={inputId} type="file" accept=".jsonld,.json,application/ld+json,application/json" onChange={choose} disabled={busy} />
      {busy && <p role="status">Importing…</p>}
      {outcome?.ok === false && (
        <p className="error" role="alert">
          {outcome.message}
        </p>
      )}
      {outcome?.ok && (
        <div className={outcome.answer.unplaced.length ? "error" : "notice"} role="status">
          <p>{summary(outcome.answer)}</p>
          {outcome.answer.unplaced.length > 0 && (
            <ul aria-label="Annotations not placed">
              {outcome.answer.unplaced.map((u) => (
                <li key={u.fileId}>
                  {u.exact ? `“${u.exact}”` : u.fileId}: {u.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
