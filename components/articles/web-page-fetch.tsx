"use client";
import Link from "next/link";
import { useState } from "react";
import { callAction } from "@/lib/actions/call-action";
import { previewWebImportAction } from "@/lib/actions/article-actions";
import type { WebImportPreview } from "@/lib/import/web/web-import-preview";

/**
 * The "From a web address" source: fetches the page on the server and shows the article found in
 * it. The parent prefills the form's fields from the preview; only the snapshot's id is posted
 * back, so the text saved is the text shown here. A page with no article in it is refused with the
 * reason, and the paste form is offered instead.
 */
export function WebPageFetch({
  onPreview,
  onPasteInstead,
  defaultUrl,
}: {
  onPreview: (preview: WebImportPreview | null) => void;
  /** Switches the form to pasting, for the page at this address. */
  onPasteInstead: (url: string) => void;
  defaultUrl?: string;
}) {
  const [url, setUrl] = useState(defaultUrl ?? "");
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [hasNoArticle, setHasNoArticle] = useState(false);
  const [preview, setPreview] = useState<WebImportPreview | null>(null);

  async function fetchPage() {
    setPending(true);
    setMessage(null);
    const result = await callAction(previewWebImportAction, { url });
    setPending(false);
    setHasNoArticle(!result.ok && result.reason === "NO_ARTICLE");
    if (!result.ok) {
      setMessage(result.message);
      setPreview(null);
      onPreview(null);
      return;
    }
    setPreview(result.data);
    onPreview(result.data);
  }

  return (
    <div className="field">
      <label htmlFor="import-url">Page address</label>
      <div className="inline-fields">
        <input
          id="import-url"
          name="url"
          type="url"
          placeholder="https://"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              void fetchPage();
            }
          }}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? "url-error" : undefined}
        />
        <button type="button" onClick={() => void fetchPage()} disabled={pending || !url.trim()}>
          {pending ? "Fetching…" : "Fetch"}
        </button>
      </div>
      {message && (
        <span className="field-error" id="url-error" role="alert">
          {message}
        </span>
      )}
      {hasNoArticle && (
        <p>
          <button type="button" onClick={() => onPasteInstead(url)}>
            Paste the article’s text instead
          </button>
        </p>
      )}
      {preview && (
        <>
          <input type="hidden" name="snapshotId" value={preview.snapshotId} />
          {preview.isFallback && (
            <p className="notice" role="status">
              This page does not mark its article clearly, so the text below was taken without its menus, links and notices. Check where it
              starts and ends before importing, or paste the article instead.
            </p>
          )}
          {preview.existingArticle && (
            <p className="notice" role="status">
              This text is already imported as “{preview.existingArticle.title}”.{" "}
              <Link href={`/articles/${preview.existingArticle.id}`}>Open the existing article</Link>.
            </p>
          )}
          <p className="hint">
            Fetched from {preview.finalUrl} at {new Date(preview.fetchedAt).toLocaleTimeString()}; the page is kept with the article. Check
            the details below, then import.
          </p>
          <section aria-label="Article text found" className="import-preview">
            {preview.text.split("\n\n").map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </section>
        </>
      )}
    </div>
  );
}
