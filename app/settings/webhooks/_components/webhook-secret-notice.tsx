"use client";
import { useState } from "react";

/** A signing secret, shown when it is made or rotated, with a copy button. */
export function WebhookSecretNotice({ secret, what, onDone }: { secret: string; what: string; onDone: () => void }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(secret).then(
      () => setCopied("yes"),
      () => setCopied("failed"),
    );
  return (
    <div className="token-secret" role="status">
      <p>{what} Give it to the receiver to check signatures (Standard Webhooks); it is shown only now.</p>
      <p>
        <code aria-label="Signing secret">{secret}</code>
      </p>
      <div className="row">
        <button type="button" onClick={copy}>
          Copy
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Done
        </button>
        {copied === "yes" && <span className="hint">Copied.</span>}
        {copied === "failed" && <span className="hint">Could not copy: select the secret and copy it by hand.</span>}
      </div>
    </div>
  );
}
