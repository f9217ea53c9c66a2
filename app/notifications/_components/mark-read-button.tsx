"use client";
import { useState, useTransition } from "react";
import { callAction } from "@/lib/actions/call-action";
import { markNotificationsReadAction } from "@/lib/actions/notification-actions";
import type { MarkNotificationsReadInput } from "@/lib/validation/notification";

type Props = {
  input: MarkNotificationsReadInput;
  children: React.ReactNode;
  /** The id of what the button marks, so "Mark as read" says which one to a screen reader. */
  describedBy?: string;
};

/** Marks notifications read on request only; the action revalidates the layout, so the header count follows. */
export function MarkReadButton({ input, children, describedBy }: Props) {
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const mark = () =>
    startTransition(async () => {
      const result = await callAction(markNotificationsReadAction, input);
      setError(result.ok ? null : result.message);
    });
  return (
    <span className="mark-read">
      <button type="button" className="secondary" onClick={mark} disabled={isPending} aria-describedby={describedBy}>
        {error ? "Retry" : children}
      </button>
      {error && (
        <span className="error" role="alert">
          Not marked as read: {error}
        </span>
      )}
    </span>
  );
}
