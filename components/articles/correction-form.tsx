"use client";
import { useActionState } from "react";
import { correctArticleAction } from "@/lib/actions/article-actions";
import { FieldError, fieldProps } from "@/components/ui/field-error";

export function CorrectionForm({ articleId, revision, text }: { articleId: string; revision: number; text: string }) {
  const [state, formAction, isPending] = useActionState(correctArticleAction, null);
  return (
    <form action={formAction} className="form">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="revision" value={revision} />
      <div className="field">
        <label>
          Article text
          <textarea name="text" rows={24} defaultValue={state?.values.text ?? text} {...fieldProps(state, "text")} />
        </label>
        <FieldError state={state} name="text" />
      </div>
      {state && !state.ok && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
      <button type="submit" disabled={isPending}>
        {isPending ? "Saving correction…" : "Save correction"}
      </button>
    </form>
  );
}
