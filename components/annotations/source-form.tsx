"use client";
import { useState } from "react";
import type { SourceView } from "@/lib/annotations/types";
import { labelledOptions, SOURCE_STANCES, STANCE_LABELS } from "@/lib/enums";
import { sourceFieldsSchema, type SourceFields } from "@/lib/validation/source";

type SourceFormProps = {
  /** Sends the source; answers the server's refusal, or null when it was saved. */
  onSubmit: (source: SourceFields) => Promise<string | null>;
  /** Editing this source (its values filled in) rather than adding a new one. */
  source?: SourceView;
  onCancel?: () => void;
};

/** Adds or edits a source. Checks with the same schema as the server, so a bad address is explained before it is sent. */
export function SourceForm({ onSubmit, source, onCancel }: SourceFormProps) {
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const isEdit = source !== undefined;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    event.stopPropagation();
    const form = event.currentTarget;
    const parsed = sourceFieldsSchema.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Check the source.");
      return;
    }
    const sent = new FormData(form);
    setBusy(true);
    const serverError = await onSubmit(parsed.data);
    setBusy(false);
    setError(serverError);
    if (!serverError && !isEdit) clearSentFields(form, sent);
  }

  return (
    <form className="source-form" onSubmit={submit} aria-label={isEdit ? "Edit the source" : "Add a source"} noValidate>
      <label>
        Source URL
        <input name="url" type="url" required placeholder="https://" defaultValue={source?.url} />
      </label>
      <div className="grid-2">
        <label>
          Title
          <input name="title" maxLength={300} defaultValue={source?.title ?? ""} />
        </label>
        <label>
          Publisher
          <input name="publisher" maxLength={200} defaultValue={source?.publisher ?? ""} />
        </label>
        <label>
          Date accessed
          <input name="accessedOn" type="date" defaultValue={isEdit ? (source.accessedOn ?? "") : new Date().toISOString().slice(0, 10)} />
        </label>
        <label>
          Date published
          <input name="publishedOn" type="date" defaultValue={source?.publishedOn ?? ""} />
        </label>
        <label>
          Stance
          <select name="stance" defaultValue={source?.stance ?? "CONTEXT"}>
            {labelledOptions(SOURCE_STANCES, STANCE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        Archived copy URL
        <input name="archiveUrl" type="url" placeholder="https://web.archive.org/…" defaultValue={source?.archiveUrl ?? ""} />
      </label>
      <label>
        Excerpt
        <textarea name="excerpt" rows={2} maxLength={2000} defaultValue={source?.excerpt ?? ""} />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={isBusy}>
          {isEdit ? (isBusy ? "Saving…" : "Save source") : isBusy ? "Adding…" : "Add source"}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel} disabled={isBusy}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * Empties the fields that still hold what was sent. The answer can come after the reviewer has
 * started on the next source (the live update shows the first one sooner): what they typed since stays.
 */
function clearSentFields(form: HTMLFormElement, sent: FormData) {
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) continue;
    if (!element.name || element.value !== (sent.get(element.name) ?? "")) continue;
    if (element instanceof HTMLSelectElement) {
      const byDefault = Array.from(element.options).findIndex((option) => option.defaultSelected);
      element.selectedIndex = Math.max(byDefault, 0);
    } else element.value = element.defaultValue;
  }
}
