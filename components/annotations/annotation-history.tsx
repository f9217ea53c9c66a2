"use client";
import { useState } from "react";
import { annotationHistoryAction } from "@/lib/actions/annotation-actions";
import type { HistoryEntry } from "@/lib/annotations/types";
import { editedFields } from "@/lib/annotations/changed-since";
import { fieldName } from "@/lib/annotations/card-fields";

const ACTIONS: Record<string, string> = {
  "annotation.created": "created it",
  "annotation.updated": "edited",
  "annotation.deleted": "deleted it",
  "annotation.restored": "restored it",
  "annotation.submitted": "submitted it for review",
  "annotation.reattached": "re-attached it",
  "source.added": "added a source",
  "source.updated": "edited a source",
  "source.removed": "removed a source",
  "annotation.approved": "approved it",
  "annotation.changes_requested": "requested changes",
  "annotation.dismissed": "dismissed it",
  "annotation.reopened": "reopened it",
  "annotation.needs_review": "sent it back to review by changing it",
  "annotation.reanchored": "moved it with a correction of the text",
  "annotation.orphaned": "corrected the text, which lost its passage",
};

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
    const result = await annotationHistoryAction({ annotationId });
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
              <strong>{entry.actorName ?? "System"}</strong> {ACTIONS[entry.action] ?? entry.action}
              {changedFields(entry)} <span className="meta">· {time.format(new Date(entry.at))}</span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
