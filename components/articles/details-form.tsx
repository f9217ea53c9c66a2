"use client";
import { useActionState } from "react";
import { updateArticleDetailsAction, type DetailsState } from "@/lib/actions/article-actions";

type Details = {
  id: string;
  title: string;
  byline: string | null;
  publisher: string | null;
  sourceUrl: string | null;
  publishedOn: string | null;
  language: string;
};

export function DetailsForm({ article }: { article: Details }) {
  const [state, formAction, isPending] = useActionState<DetailsState, FormData>(updateArticleDetailsAction, null);
  // After a refused save the typed values come back, so nothing is lost when React resets the form.
  const value = (name: keyof Details) => (state && !state.ok ? state.fields?.[name] : undefined) ?? String(article[name] ?? "");
  return (
    <details className="details-form">
      <summary>Edit details</summary>
      <form action={formAction} className="form">
        <input type="hidden" name="articleId" value={article.id} />
        <div className="grid-2">
          <label>
            Title
            <input name="title" defaultValue={value("title")} maxLength={300} />
          </label>
          <label>
            Byline
            <input name="byline" defaultValue={value("byline")} maxLength={200} />
          </label>
          <label>
            Publisher
            <input name="publisher" defaultValue={value("publisher")} maxLength={200} />
          </label>
          <label>
            Publication date
            <input name="publishedOn" type="date" defaultValue={value("publishedOn")} />
          </label>
          <label>
            Source URL
            <input name="sourceUrl" type="url" defaultValue={value("sourceUrl")} />
          </label>
          <label>
            Language
            <input name="language" defaultValue={value("language")} maxLength={20} />
          </label>
        </div>
        {state && !state.ok && (
          <p className="error" role="alert">
            {state.message}
          </p>
        )}
        {state?.ok && <p role="status">Details saved.</p>}
        <button type="submit" disabled={isPending}>
          {isPending ? "Saving…" : "Save details"}
        </button>
      </form>
    </details>
  );
}
