"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { importArticleAction } from "@/lib/actions/article-actions";
import { FieldError, fieldProps } from "@/components/ui/field-error";
import { WebPageFetch } from "@/components/articles/web-page-fetch";
import type { WebImportPreview } from "@/lib/import/web/web-import-preview";

type Mode = "paste" | "file" | "url";
const MODE_LABELS: Record<Mode, string> = { paste: "Paste text", file: "Upload a file", url: "From a web address" };
import { MAX_IMPORT_BYTES } from "@/lib/import/types";
import { tooLargeMessage } from "@/lib/import/byte-size";

// Said before the upload starts: a file over the server's body limit would otherwise be cut off
// by Next.js with an error that cannot name the limit.
function refuseOversizedFile(event: React.ChangeEvent<HTMLInputElement>) {
  const file = event.currentTarget.files?.[0];
  event.currentTarget.setCustomValidity(file && file.size > MAX_IMPORT_BYTES ? tooLargeMessage("file", file.size) : "");
  event.currentTarget.reportValidity();
}

export function ImportForm() {
  const [state, formAction, isPending] = useActionState(importArticleAction, null);
  const [mode, setMode] = useState<Mode>("paste");
  const [preview, setPreview] = useState<WebImportPreview | null>(null);
  // A fetched page prefills every field; the key remounts the inputs so their defaults change.
  // …unless the form was already submitted with this very page: then what was typed wins.
  const showPreview = preview !== null && state?.values?.snapshotId !== preview.snapshotId;
  const fields: Record<string, string | undefined> = showPreview ? preview.fields : (state?.values ?? {});
  const fieldsKey = showPreview ? preview.snapshotId : "typed";
  const error = state && !state.ok ? state : null;
  const existingId = error?.existingArticleId;

  return (
    <form action={formAction} className="form" aria-describedby={error ? "import-error" : undefined}>
      {/* Buttons plus a hidden field, not radio inputs: React resets a form after its action runs,
          which would flip radios back while the visible section stayed. */}
      <input type="hidden" name="mode" value={mode} />
      <div role="radiogroup" aria-label="Source" className="segmented">
        {(["paste", "file", "url"] as const).map((value) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={mode === value}
            onClick={() => setMode(value)}
            className={mode === value ? "selected" : ""}
          >
            {MODE_LABELS[value]}
          </button>
        ))}
      </div>
      {mode === "url" ? (
        <>
          <WebPageFetch onPreview={setPreview} defaultUrl={state?.values?.url} />
          {state && !state.ok && state.field === "url" && <FieldError state={state} name="url" />}
        </>
      ) : mode === "paste" ? (
        <div className="field">
          <label>
            Article text
            <textarea name="content" {...fieldProps(state, "content")} rows={12} defaultValue={fields.content} />
          </label>
          <FieldError state={state} name="content" />
        </div>
      ) : (
        <div className="field">
          <label>
            File (.txt, .md, .html)
            <input
              type="file"
              name="file"
              {...fieldProps(state, "file")}
              onChange={refuseOversizedFile}
              accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            />
          </label>
          <FieldError state={state} name="file" />
        </div>
      )}
      <div className="grid-2" key={fieldsKey}>
        <div className="field">
          <label>
            Title <span className="optional">(optional: taken from the first heading or line)</span>
            <input name="title" {...fieldProps(state, "title")} defaultValue={fields.title} maxLength={300} />
          </label>
          <FieldError state={state} name="title" />
        </div>
        <div className="field">
          <label>
            Byline
            <input name="byline" {...fieldProps(state, "byline")} defaultValue={fields.byline} maxLength={200} />
          </label>
          <FieldError state={state} name="byline" />
        </div>
        <div className="field">
          <label>
            Publisher
            <input name="publisher" {...fieldProps(state, "publisher")} defaultValue={fields.publisher} maxLength={200} />
          </label>
          <FieldError state={state} name="publisher" />
        </div>
        <div className="field">
          <label>
            Publication date
            <input name="publishedOn" {...fieldProps(state, "publishedOn")} type="date" defaultValue={fields.publishedOn} />
          </label>
          <FieldError state={state} name="publishedOn" />
        </div>
        <div className="field">
          <label>
            Source URL
            <input name="sourceUrl" {...fieldProps(state, "sourceUrl")} type="url" defaultValue={fields.sourceUrl} placeholder="https://" />
          </label>
          <FieldError state={state} name="sourceUrl" />
        </div>
        <div className="field">
          <label>
            Canonical URL <span className="optional">(the page&rsquo;s own address for itself)</span>
            <input
              name="canonicalUrl"
              {...fieldProps(state, "canonicalUrl")}
              type="url"
              defaultValue={fields.canonicalUrl}
              placeholder="https://"
            />
          </label>
          <FieldError state={state} name="canonicalUrl" />
        </div>
        <div className="field">
          <label>
            Language
            <input name="language" {...fieldProps(state, "language")} defaultValue={fields.language || "en"} maxLength={20} />
          </label>
          <FieldError state={state} name="language" />
        </div>
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
      <button type="submit" disabled={isPending || (mode === "url" && !preview)}>
        {isPending ? "Importing…" : "Import"}
      </button>
    </form>
  );
}
