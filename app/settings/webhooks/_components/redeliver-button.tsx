"use client";
import { useState, useTransition } from "react";
import { callAction } from "@/lib/actions/call-action";
import { redeliverWebhookAction } from "@/lib/actions/webhook-actions";

/** "Send again": the row turns back to pending (the action revalidates the log). */
export function RedeliverButton({ endpointId, deliveryId, describedBy }: { endpointId: string; deliveryId: string; describedBy: string }) {
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const redeliver = () =>
    startTransition(async () => {
      const result = await callAction(redeliverWebhookAction, { endpointId, deliveryId });
      setError(result.ok ? null : result.message);
    });
  return (
    <span>
      <button type="button" onClick={redeliver} disabled={isPending} aria-describedby={describedBy}>
        Send again
      </button>
      {error && (
        <span className="error" role="alert">
          Not sent again: {error}
        </span>
      )}
    </span>
  );
}
