"use client";
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useWorkbench } from "@/components/annotations/store/workbench-store-context";
import { callAction } from "@/lib/actions/call-action";
import { assignArticleAction, reopenArticleAction, signOffArticleAction } from "@/lib/actions/review-actions";
import type { ArticleStatus } from "@/lib/enums";
import type { ActionResult } from "@/lib/errors";
import { reviewSummary, signOffProblems } from "@/lib/workflow/sign-off";

type Person = { id: string; name: string };

export type ReviewBarProps = {
  article: { id: string; status: ArticleStatus };
  /** Editors and admins assign, sign off and reopen. */
  canManage: boolean;
  people: Person[];
  checkerId: string | null;
  reviewerId: string | null;
  signOff: { by: string; at: string; revision: number; chainHead: string } | null;
};

const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/**
 * Where the article stands in review, from the same store as the cards, so it follows every
 * approval at once: "5 of 7 claims approved", or in words why it cannot be signed off yet.
 */
export function ReviewBar({ article, canManage, people, checkerId, reviewerId, signOff }: ReviewBarProps) {
  const router = useRouter();
  const entries = useWorkbench((s) => s.entries);
  const annotations = useMemo(() => Object.values(entries).map((e) => e.view), [entries]);
  const problems = signOffProblems({ articleStatus: article.status, annotations });
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [isReopening, setReopening] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name ?? "nobody";

  async function run(step: () => Promise<ActionResult<unknown>>) {
    setBusy(true);
    const result = await step();
    setBusy(false);
    setError(result.ok ? null : result.message);
    if (result.ok) {
      setReopening(false);
      router.refresh();
    }
  }

  return (
    <section className="review-bar" aria-label="Review status">
      <p>
        <strong>{reviewSummary(annotations)}</strong>
        {article.status !== "SIGNED_OFF" && (
          <span className="meta"> · {problems.length ? `Not ready for sign-off: ${problems.join(" ")}` : "Ready for sign-off."}</span>
        )}
      </p>
      {signOff && article.status === "SIGNED_OFF" && (
        <p className="notice signed-off" role="status">
          Signed off by {signOff.by} on {date.format(new Date(signOff.at))} (revision {signOff.revision}; audit chain head{" "}
          <code title={signOff.chainHead}>{signOff.chainHead.slice(0, 12) || "—"}</code>). The article and its annotations are read-only.
        </p>
      )}
      <p className="meta">
        Checker: {nameOf(checkerId)} · Reviewer: {nameOf(reviewerId)}
      </p>
      {canManage && (
        <div className="row review-bar-actions">
          {article.status !== "SIGNED_OFF" && (
            <button
              type="button"
              disabled={isBusy || problems.length > 0}
              title={problems.join(" ")}
              onClick={() => void run(() => callAction(signOffArticleAction, { articleId: article.id }))}
            >
              Sign off
            </button>
          )}
          {article.status === "SIGNED_OFF" && !isReopening && (
            <button type="button" className="secondary" onClick={() => setReopening(true)}>
              Reopen…
            </button>
          )}
          <AssignForm
            people={people}
            checkerId={checkerId}
            reviewerId={reviewerId}
            isBusy={isBusy}
            onAssign={(next) => void run(() => callAction(assignArticleAction, { articleId: article.id, ...next }))}
          />
        </div>
      )}
      {isReopening && (
        <form
          className="reason-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => callAction(reopenArticleAction, { articleId: article.id, reason }));
          }}
        >
          <label>
            Why reopen it
            <textarea rows={2} value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} autoFocus />
          </label>
          <div className="row">
            <button type="submit" disabled={isBusy || !reason.trim()}>
              Reopen the article
            </button>
            <button type="button" className="link-button" onClick={() => setReopening(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function AssignForm(props: {
  people: Person[];
  checkerId: string | null;
  reviewerId: string | null;
  isBusy: boolean;
  onAssign: (next: { checkerId: string | null; reviewerId: string | null }) => void;
}) {
  const [checkerId, setChecker] = useState(props.checkerId ?? "");
  const [reviewerId, setReviewer] = useState(props.reviewerId ?? "");
  const options = (
    <>
      <option value="">Nobody</option>
      {props.people.map((person) => (
        <option key={person.id} value={person.id}>
          {person.name}
        </option>
      ))}
    </>
  );
  return (
    <form
      className="assign-form row"
      onSubmit={(event) => {
        event.preventDefault();
        props.onAssign({ checkerId: checkerId || null, reviewerId: reviewerId || null });
      }}
    >
      <label>
        Checker
        <select value={checkerId} onChange={(e) => setChecker(e.target.value)}>
          {options}
        </select>
      </label>
      <label>
        Reviewer
        <select value={reviewerId} onChange={(e) => setReviewer(e.target.value)}>
          {options}
        </select>
      </label>
      <button type="submit" className="secondary" disabled={props.isBusy}>
        Assign
      </button>
    </form>
  );
}
