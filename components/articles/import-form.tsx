"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { importArticleAction, type ImportState } from "@/lib/actions/article-actions";

export function ImportForm() {
  const [state, formAction, isPending] = useActionState<ImportState, FormData>(importArticleAction, null);
  const [mode, setMode] = useState<"paste" | "file">("paste");
  const fields = state?.fields ?? {};
  const error = state && !state.ok ? state : null;
  const existingId = error?.details?.existingArticleId as string | undefined;

  return (
    <form action={formAction} className="form" aria-describedby={error ? "import-error" : undefined}>
      {/* Buttons plus a hidden field, not radio inputs: React resets a form after its action runs,
          which would flip radios back while the visible section stayed. */}
      <input type="hidden" name="mode" value={mode} />
      <div role="radiogroup" aria-label="Source" className="segmented">
        {(["paste", "file"] as const).map((value) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={mode === value}
            onClick={() => setMode(value)}
            className={mode === value ? "selected" : ""}
          >
            {value === "paste" ? "Paste text" : "Upload a file"}
          </button>
        ))}
      </div>
      {mode === "paste" ? (
        <label>
          Article text
          <textarea name="content" rows={12} defaultValue={fields.content} />
        </label>
      ) : (
        <label>
          File (.txt, .md, .html)
          <input type="file" name="file" accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" />
        </label>
      )}
      <div className="grid-2">
        <label>
          Title <span className="optional">(optional: taken from the first heading or line)</span>
          <input name="title" defaultValue={fields.title} maxLength={300} />
        </label>
        <label>
          Byline
          <input name="byline" defaultValue={fields.byline} maxLength={200} />
        </label>
        <label>
          Publisher
          <input name="publisher" defaultValue={fields.publisher} maxLength={200} />
        </label>
        <label>
          Publication date
          <input name="publishedOn" type="date" defaultValue={fields.publishedOn} />
        </label>
        <label>
          Source URL
          <input name="sourceUrl" type="url" defaultValue={fields.sourceUrl} placeholder="https://" />
        </label>
        <label>
          Language
          <input name="language" defaultValue={fields.language || "en"} maxLength={20} />
        </label>
      </div>
      {error && (
        <p role="alert" id="import-error" className="error">
          {error.message}
          {existingId && (
            <>
              {" "}
              <Link href={`/articles/${existingId}`}>Open the existing article</Link>.
            </>
          )}
        </p>
      )}
      <button type="submit" disabled={isPending}>
        {isPending ? "Importing…" : "Import"}
      </button>
    </form>
  );
}
