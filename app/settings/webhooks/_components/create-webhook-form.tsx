"use client";
import { useActionState, useState } from "react";
import { createWebhookEndpointAction } from "@/lib/actions/webhook-actions";
import { EndpointFields, shownValues } from "./endpoint-fields";
import { SecretShownOnce } from "@/components/ui/secret-shown-once";

const EMPTY = { url: "", description: "", events: [] };

/** Registers an endpoint and shows its signing secret once. */
export function CreateWebhookForm() {
  const [state, formAction, isPending] = useActionState(createWebhookEndpointAction, null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const created = state?.ok ? state.data : null;
  return (
    <div className="token-create">
      {created && dismissed !== created.id && (
        <SecretShownOnce
          secret={created.secret}
          label="Signing secret"
          what={`The signing secret of ${created.url}. Give it to the receiver to check signatures (Standard Webhooks); it is shown only now.`}
          onDone={() => setDismissed(created.id)}
        />
      )}
      <form className="form" action={formAction} aria-label="New webhook endpoint">
        <h2>New endpoint</h2>
        <EndpointFields state={state} values={shownValues(state, EMPTY)} />
        {state && !state.ok && (
          <p className="error" role="alert">
            Not saved: {state.message}
          </p>
        )}
        <button type="submit" disabled={isPending}>
          {isPending ? "Adding…" : "Add endpoint"}
        </button>
      </form>
    </div>
  );
}
