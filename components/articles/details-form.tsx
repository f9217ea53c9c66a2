"use client";
import { useActionState } from "react";
import { updateArticleDetailsAction } from "@/lib/actions/article-actions";
import { FieldError, fieldProps } from "@/components/ui/field-error";

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
          <div className="field">
            <label>
              Title
              <input name="title" {...fieldProps(state, "title")} defaultValue={value("title")} maxLength={300} />
            </label>
            <FieldError state={state} name="title" />
          </div>
          <div className="field">
            <label>
              Byline
              <input name="byline" {...fieldProps(state, "byline")} defaultValue={value("byline")} maxLength={200} />
            </label>
            <FieldError state={state} name="byline" />
          </div>
          <div className="field">
            <label>
              Publisher
              <input name="publisher" {...fieldProps(state, "publisher")} defaultValue={value("publisher")} maxLength={200} />
            </label>
            <FieldError state={state} name="publisher" />
          </div>
          <div className="field">
            <label>
              Publication date
              <input name="publishedOn" {...fieldProps(state, "publishedOn")} type="date" defaultValue={value("publishedOn")} />
            </label>
            <FieldError state={state} name="publishedOn" />
          </div>
          <div className="field">
            <label>
              Source URL
              <input name="sourceUrl" {...fieldProps(state, "sourceUrl")} type="url" defaultValue={value("sourceUrl")} />
            </label>
            <FieldError state={state} name="sourceUrl" />
          </div>
          <div className="field">
            <label>
              Language
              <input name="language" {...fieldProps(state, "language")} defaultValue={value("language")} maxLength={20} />
            </label>
            <FieldError state={state} name="language" />
          </div>
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
