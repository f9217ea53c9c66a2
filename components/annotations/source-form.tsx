"use client";
import { useState } from "react";
import { labelledOptions, SOURCE_STANCES, STANCE_LABELS } from "@/lib/enums";
import { sourceFieldsSchema, type SourceFields } from "@/lib/validation/source";

/** Checks with the same schema as the server, so a bad address is explained before it is sent. */
export function SourceForm({ onAdd }: { onAdd: (source: SourceFields) => Promise<string | null> }) {
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    event.stopPropagation();
    const form = event.currentTarget;
    const parsed = sourceFieldsSchema.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Check the source.");
      return;
    }
    setBusy(true);
    const serverError = await onAdd(parsed.data);
    setBusy(false);
    setError(serverError);
    if (!serverError) form.reset();
  }

  return (
    <form className="source-form" onSubmit={onSubmit} aria-label="Add a source" noValidate>
      <label>
        Source URL
        <input name="url" type="url" required placeholder="https://" />
      </label>
      <div className="grid-2">
        <label>
          Title
          <input name="title" maxLength={300} />
        </label>
        <label>
          Publisher
          <input name="publisher" maxLength={200} />
        </label>
        <label>
          Date accessed
          <input name="accessedOn" type="date" defaultValue={new Date().toISOString().slice(0, 10)} />
        </label>
        <label>
          Stance
          <select name="stance" defaultValue="CONTEXT">
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
        <input name="archiveUrl" type="url" placeholder="https://web.archive.org/…" />
      </label>
      <label>
        Excerpt
        <textarea name="excerpt" rows={2} maxLength={2000} />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={isBusy}>
        {isBusy ? "Adding…" : "Add source"}
      </button>
    </form>
  );
}
