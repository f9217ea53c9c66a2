"use client";
import { useState } from "react";
import { annotationHistoryAction } from "@/lib/actions/annotation-actions";
import { callAction } from "@/lib/actions/call-action";
import { auditLabel } from "@/lib/audit/audit-events";
import type { HistoryEntry } from "@/lib/annotations/types";
import { editedFields } from "@/lib/annotations/changed-since";
import { fieldName } from "@/lib/annotations/card-fields";

/** A row this version cannot read: said neutrally rather than guessed at (the server logged it). */
const UNREADABLE = "made a change";

const time = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** The fields an edit changed, in the words of the form ("edited rating, note"). */
function changedFields(entry: HistoryEntry): string {
  const fields = editedFields(entry).map(fieldName);
  return fields.length ? ` ${fields.join(", ")}` : "";
}

/** Who changed what and when, read from the audit trail when the reviewer opens it. */
export function AnnotationHistory({ annotationId, version }: { annotationId: string; version: number }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadedVersion, setLoadedVersion] = useState(0);

  async function load() {
    if (entries && loadedVersion === version) return;
    const result = await callAction(annotationHistoryAction, { annotationId });
    if (result.ok) {
      setEntries(result.data);
      setLoadedVersion(version);
    } else setError(result.message);
  }

  return (
    <details className="history" onToggle={(e) => (e.currentTarget.open ? void load() : undefined)}>
      <summary>History</summary>
      {error && <p className="error">{error}</p>}
      {entries === null && !error && <p className="hint">Loading…</p>}
      {entries && (
        <ol>
          {entries.map((entry) => (
            <li key={entry.id}>
              <strong>{entry.actorName ?? "System"}</strong> {entry.action ? auditLabel(entry.action) : UNREADABLE}
              {changedFields(entry)} <span className="meta">· {time.format(new Date(entry.at))}</span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
