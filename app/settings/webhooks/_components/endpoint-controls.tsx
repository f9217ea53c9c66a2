"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { callAction } from "@/lib/actions/call-action";
import {
  deleteWebhookEndpointAction,
  rotateWebhookSecretAction,
  sendTestWebhookEventAction,
  updateWebhookEndpointAction,
} from "@/lib/actions/webhook-actions";
import type { ActionResult } from "@/lib/errors";
import { SecretShownOnce } from "@/components/ui/secret-shown-once";

type Notice = { kind: "done" | "error"; text: string } | null;

/** Enable or disable, send a test event, rotate the secret, delete (after a confirmation). */
export function EndpointControls({ endpointId, isActive }: { endpointId: string; isActive: boolean }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [notice, setNotice] = useState<Notice>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [isConfirming, setConfirming] = useState(false);

  const run = <T,>(call: () => Promise<ActionResult<T>>, done: (data: T) => string | null) =>
    startTransition(async () => {
      const result = await call();
      if (!result.ok) return setNotice({ kind: "error", text: result.message });
      const text = done(result.data);
      setNotice(text ? { kind: "done", text } : null);
    });

  const toggle = () =>
    run(
      () => callAction(updateWebhookEndpointAction, { endpointId, patch: { isActive: !isActive } }),
      (endpoint) => (endpoint.isActive ? "Enabled: new events are sent to it." : "Disabled: no new events are sent to it."),
    );
  const sendTest = () =>
    run(
      () => callAction(sendTestWebhookEventAction, { endpointId }),
      () => "A test event is queued; it shows in the log below.",
    );
  const rotate = () =>
    run(
      () => callAction(rotateWebhookSecretAction, { endpointId }),
      (endpoint) => {
        setSecret(endpoint.secret);
        return null;
      },
    );
  const remove = () =>
    run(
      () => callAction(deleteWebhookEndpointAction, { endpointId }),
      () => {
        router.push("/settings/webhooks");
        return "Deleted.";
      },
    );

  return (
    <div className="token-create">
      {secret && (
        <SecretShownOnce
          secret={secret}
          label="Signing secret"
          what="The new signing secret: deliveries are signed with it from now on. Give it to the receiver; it is shown only now."
          onDone={() => setSecret(null)}
        />
      )}
      <div className="row" role="group" aria-label="Endpoint actions">
        <button type="button" onClick={toggle} disabled={isPending}>
          {isActive ? "Disable" : "Enable"}
        </button>
        <button type="button" onClick={sendTest} disabled={isPending}>
          Send test event
        </button>
        <button type="button" onClick={rotate} disabled={isPending}>
          Rotate secret
        </button>
        {!isConfirming && (
          <button type="button" className="danger" onClick={() => setConfirming(true)} disabled={isPending}>
            Delete
          </button>
        )}
      </div>
      {isConfirming && (
        <div className="row" role="group" aria-label="Confirm deletion">
          <span>Delete this endpoint and its delivery log? Nothing more will be sent to it.</span>
          <button type="button" className="danger" onClick={remove} disabled={isPending}>
            Delete endpoint
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(false)} disabled={isPending}>
            Cancel
          </button>
        </div>
      )}
      {notice?.kind === "done" && <p role="status">{notice.text}</p>}
      {notice?.kind === "error" && (
        <p className="error" role="alert">
          {notice.text}
        </p>
      )}
    </div>
  );
}
