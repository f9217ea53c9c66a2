"use client";
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useWorkbench } from "@/components/annotations/store/workbench-store-context";
import { AssignForm } from "@/components/reviews/assign-form";
import { ReasonForm } from "@/components/reviews/reason-form";
import { callAction } from "@/lib/actions/call-action";
import { assignArticleAction, reopenArticleAction, signOffArticleAction } from "@/lib/actions/review-actions";
import type { ArticleStatus } from "@/lib/enums";
import type { ActionResult } from "@/lib/errors";
import { nothingCheckWorthyProblems, reviewSummary, signOffProblems } from "@/lib/workflow/sign-off";

type Person = { id: string; name: string };

export type ReviewBarProps = {
  article: { id: string; status: ArticleStatus };
  /** Editors and admins sign off and reopen. */
  canManage: boolean;
  /** Editors and admins assign, while the article is on the desk (lib/policies/articles). */
  canAssign: boolean;
  people: Person[];
  checkerId: string | null;
  reviewerId: string | null;
  signOff: { by: string; at: string; revision: number; chainHead: string; nothingCheckWorthy: string | null } | null;
};

const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** The two steps that need a reason typed first. */
const REASON_STEPS = {
  reopen: { label: "Why reopen it", submit: "Reopen the article" },
  nothingCheckWorthy: { label: "Why is nothing in it check-worthy?", submit: "Sign off as nothing check-worthy" },
} as const;

/**
 * Where the article stands in review, from the same store as the cards, so it follows every
 * approval at once: "5 of 7 claims approved", or in words why it cannot be signed off yet.
 */
export function ReviewBar({ article, canManage, canAssign, people, checkerId, reviewerId, signOff }: ReviewBarProps) {
  const router = useRouter();
  const entries = useWorkbench((s) => s.entries);
  const annotations = useMemo(() => Object.values(entries).map((e) => e.view), [entries]);
  const facts = { articleStatus: article.status, annotations };
  const problems = signOffProblems(facts);
  const canSayNothingCheckWorthy = nothingCheckWorthyProblems(facts).length === 0;
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<keyof typeof REASON_STEPS | null>(null);
  const [isBusy, setBusy] = useState(false);
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name ?? "nobody";

  async function run(step: () => Promise<ActionResult<unknown>>) {
    setBusy(true);
    const result = await step();
    setBusy(false);
    setError(result.ok ? null : result.message);
    if (result.ok) {
      setAsking(null);
      router.refresh();
    }
  }

  const withReason = (reason: string) =>
    run(() =>
      asking === "reopen"
        ? callAction(reopenArticleAction, { articleId: article.id, reason })
        : callAction(signOffArticleAction, { articleId: article.id, nothingCheckWorthy: reason }),
    );

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
          Signed off by {signOff.by} on {date.format(new Date(signOff.at))}
          {signOff.nothingCheckWorthy && <> as having nothing check-worthy: “{signOff.nothingCheckWorthy}”</>} (revision {signOff.revision};
          audit chain head <code title={signOff.chainHead}>{signOff.chainHead.slice(0, 12) || "—"}</code>). The article and its annotations
          are read-only.
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
          {canSayNothingCheckWorthy && !asking && (
            <button type="button" className="secondary" onClick={() => setAsking("nothingCheckWorthy")}>
              Nothing check-worthy…
            </button>
          )}
          {article.status === "SIGNED_OFF" && !asking && (
            <button type="button" className="secondary" onClick={() => setAsking("reopen")}>
              Reopen…
            </button>
          )}
          {canAssign && (
            <AssignForm
              people={people}
              checkerId={checkerId}
              reviewerId={reviewerId}
              isBusy={isBusy}
              onAssign={(next) => void run(() => callAction(assignArticleAction, { articleId: article.id, ...next }))}
            />
          )}
        </div>
      )}
      {asking && (
        <ReasonForm
          {...REASON_STEPS[asking]}
          key={asking}
          isBusy={isBusy}
          onSubmit={(reason) => void withReason(reason)}
          onCancel={() => setAsking(null)}
        />
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
