"use client";
import { useActionState } from "react";
import { editWebhookEndpointAction } from "@/lib/actions/webhook-actions";
import type { WebhookEndpointView } from "@/lib/webhooks/webhook-views";
import { EndpointFields, shownValues } from "./endpoint-fields";

export function EditWebhookForm({ endpoint }: { endpoint: WebhookEndpointView }) {
  const [state, formAction, isPending] = useActionState(editWebhookEndpointAction, null);
  return (
    <div className="token-create">
      <form className="form" action={formAction} aria-label="Edit webhook endpoint">
        <h2>Address and events</h2>
        <input type="hidden" name="endpointId" value={endpoint.id} />
        <EndpointFields state={state} values={shownValues(state, endpoint)} />
        {state?.ok && <p role="status">Saved.</p>}
        {state && !state.ok && (
          <p className="error" role="alert">
            Not saved: {state.message}
          </p>
        )}
        <button type="submit" disabled={isPending}>
          {isPending ? "Saving…" : "Save changes"}
        </button>
      </form>
    </div>
  );
}
