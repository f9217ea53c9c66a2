"use client";
import { useState, type ReactNode } from "react";

/**
 * A secret the server keeps no readable copy of (an API token) or hands out only now (a signing
 * secret): shown once, with a copy button and a way to put it away.
 */
export function SecretShownOnce({
  secret,
  label,
  what,
  onDone,
}: {
  secret: string;
  /** The accessible name of the secret itself ("New token"). */
  label: string;
  /** Why it is shown, and what to do with it. */
  what: ReactNode;
  onDone: () => void;
}) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(secret).then(
      () => setCopied("yes"),
      () => setCopied("failed"),
    );
  return (
    <div className="token-secret" role="status">
      <p>{what}</p>
      <p>
        <code aria-label={label}>{secret}</code>
      </p>
      <div className="row">
        <button type="button" onClick={copy}>
          Copy
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Done
        </button>
        {copied === "yes" && <span className="hint">Copied.</span>}
        {copied === "failed" && <span className="hint">Could not copy: select it and copy it by hand.</span>}
      </div>
    </div>
  );
}
