"use client";
import { useActionState } from "react";
import { updateArticleDetailsAction } from "@/lib/actions/article-actions";
import { TextField } from "@/components/ui/text-field";

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
  const [state, formAction, isPending] = useActionState(updateArticleDetailsAction, null);
  // After a refused save the typed values come back, so nothing is lost when React resets the form.
  const value = (name: keyof Details) => (state && !state.ok ? state.values[name] : undefined) ?? String(article[name] ?? "");
  return (
    <details className="details-form">
      <summary>Edit details</summary>
      <form action={formAction} className="form">
        <input type="hidden" name="articleId" value={article.id} />
        <div className="grid-2">
          <TextField state={state} name="title" label="Title" defaultValue={value("title")} maxLength={300} />
          <TextField state={state} name="byline" label="Byline" defaultValue={value("byline")} maxLength={200} />
          <TextField state={state} name="publisher" label="Publisher" defaultValue={value("publisher")} maxLength={200} />
          <TextField state={state} name="publishedOn" label="Publication date" type="date" defaultValue={value("publishedOn")} />
          <TextField state={state} name="sourceUrl" label="Source URL" type="url" defaultValue={value("sourceUrl")} />
          <TextField state={state} name="language" label="Language" defaultValue={value("language")} maxLength={20} />
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
