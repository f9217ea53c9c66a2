"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { callAction } from "@/lib/actions/call-action";
import type { ActionResult } from "@/lib/errors";
import { publishReportAction, revokePublicReportAction } from "@/lib/actions/report-actions";

/** Publish / revoke the public link; the page re-renders with the link (or without it) from the server. */
export function PublicLinkControls({
  articleId,
  publicUrl,
  refusal,
}: {
  articleId: string;
  publicUrl: string | null;
  refusal: string | null;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: (input: { articleId: string }) => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      const result = await callAction(action, { articleId });
      setError(result.ok ? null : result.message);
      if (result.ok) router.refresh();
    });
  return (
    <div className="public-link" role="group" aria-label="Public link">
      {publicUrl ? (
        <p>
          Public report: <a href={publicUrl}>{publicUrl}</a>{" "}
          {!refusal && (
            <button type="button" disabled={pending} onClick={() => run(revokePublicReportAction)}>
              Revoke public link
            </button>
          )}
        </p>
      ) : refusal ? (
        <p className="hint">{refusal}</p>
      ) : (
        <button type="button" disabled={pending} onClick={() => run(publishReportAction)}>
          Publish report
        </button>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
