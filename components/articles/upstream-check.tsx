"use client";
import { useActionState, useState } from "react";
import { callAction } from "@/lib/actions/call-action";
import { checkArticleUpstreamAction, correctArticleAction } from "@/lib/actions/article-actions";
import type { UpstreamCheck as UpstreamCheckResult } from "@/lib/import/web/upstream-check";

/**
 * "Check for changes": refetches the article's page and shows what changed, word by word. The
 * change is applied only as a correction (the same action as "Correct the text"), so annotations
 * are re-anchored and the old text is kept as a revision.
 */
export function UpstreamCheck({ articleId }: { articleId: string }) {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [check, setCheck] = useState<UpstreamCheckResult | null>(null);
  const [state, formAction, isApplying] = useActionState(correctArticleAction, null);

  async function run() {
    setPending(true);
    setMessage(null);
    const result = await callAction(checkArticleUpstreamAction, { articleId });
    setPending(false);
    if (result.ok) setCheck(result.data);
    else {
      setCheck(null);
      setMessage(result.message);
    }
  }

  return (
    <section className="upstream-check" aria-label="Changes at the source">
      <button type="button" onClick={() => void run()} disabled={pending}>
        {pending ? "Checking…" : "Check for changes"}
      </button>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      {check && !check.changed && (
        <p role="status">
          No changes: the article at {check.url} still has the same text ({new Date(check.fetchedAt).toLocaleString()}).
        </p>
      )}
      {check?.changed && (
        <>
          <p role="status">
            The article at {check.url} has changed: {check.added} word(s) added, {check.removed} removed.
          </p>
          <div className="word-diff" aria-label="Differences">
            {check.diff.map((part, index) =>
              part.kind === "added" ? (
                <ins key={index}>{part.text}</ins>
              ) : part.kind === "removed" ? (
                <del key={index}>{part.text}</del>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </div>
          <form action={formAction}>
            <input type="hidden" name="articleId" value={articleId} />
            <input type="hidden" name="revision" value={check.revision} />
            <input type="hidden" name="text" value={check.text} />
            {state && !state.ok && (
              <p className="error" role="alert">
                {state.message}
              </p>
            )}
            <button type="submit" disabled={isApplying}>
              {isApplying ? "Applying…" : "Apply as a correction"}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
