"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { importArticleAction } from "@/lib/actions/article-actions";
import { FieldError, fieldProps } from "@/components/ui/field-error";
import { TextField } from "@/components/ui/text-field";
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
  // The address of a page with no article in it, whose text the person importing will paste.
  const [pastingFrom, setPastingFrom] = useState<string | null>(null);
  // A fetched page prefills every field; the key remounts the inputs so their defaults change.
  // …unless the form was already submitted with this very page: then what was typed wins.
  const showPreview = preview !== null && state?.values?.snapshotId !== preview.snapshotId;
  const fields: Record<string, string | undefined> = showPreview
    ? preview.fields
    : pastingFrom !== null
      ? { sourceUrl: pastingFrom }
      : (state?.values ?? {});
  const fieldsKey = showPreview ? preview.snapshotId : (pastingFrom ?? "typed");
  const error = state && !state.ok ? state : null;
  const existingId = error?.existingArticleId;
  const pasteInstead = (url: string | null) => {
    setPastingFrom(url);
    setMode("paste");
  };

  return (
    <form action={formAction} onSubmit={() => setPastingFrom(null)} className="form" aria-describedby={error ? "import-error" : undefined}>
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
          <WebPageFetch onPreview={setPreview} onPasteInstead={pasteInstead} defaultUrl={state?.values?.url} />
          {state && !state.ok && state.field === "url" && <FieldError state={state} name="url" />}
        </>
      ) : mode === "paste" ? (
        <div className="field">
          {pastingFrom && <p className="hint">Copy the article’s text from {pastingFrom} and paste it here.</p>}
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
        <TextField
          state={state}
          name="title"
          label="Title"
          hint="optional: taken from the first heading or line"
          defaultValue={fields.title}
          maxLength={300}
        />
        <TextField state={state} name="byline" label="Byline" defaultValue={fields.byline} maxLength={200} />
        <TextField state={state} name="publisher" label="Publisher" defaultValue={fields.publisher} maxLength={200} />
        <TextField state={state} name="publishedOn" label="Publication date" type="date" defaultValue={fields.publishedOn} />
        <TextField state={state} name="sourceUrl" label="Source URL" type="url" defaultValue={fields.sourceUrl} placeholder="https://" />
        <TextField
          state={state}
          name="canonicalUrl"
          label="Canonical URL"
          hint="the page’s own address for itself"
          type="url"
          defaultValue={fields.canonicalUrl}
          placeholder="https://"
        />
        <TextField state={state} name="language" label="Language" defaultValue={fields.language || "en"} maxLength={20} />
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
      {error?.reason === "NO_ARTICLE" && mode !== "paste" && (
        <p>
          <button type="button" onClick={() => pasteInstead(null)}>
            Paste the article’s text instead
          </button>
        </p>
      )}
      <button type="submit" disabled={isPending || (mode === "url" && !preview)}>
        {isPending ? "Importing…" : "Import"}
      </button>
    </form>
  );
}
