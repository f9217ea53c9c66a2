"use client";
import { useState, useTransition } from "react";
import { callAction } from "@/lib/actions/call-action";
import { revokeApiTokenAction } from "@/lib/actions/api-token-actions";

/** Revoking takes effect at the token's next request; the action revalidates the list. */
export function RevokeTokenButton({ id, describedBy }: { id: string; describedBy: string }) {
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const revoke = () =>
    startTransition(async () => {
      const result = await callAction(revokeApiTokenAction, { id });
      setError(result.ok ? null : result.message);
    });
  return (
    <span>
      <button type="button" className="danger" onClick={revoke} disabled={isPending} aria-describedby={describedBy}>
        {error ? "Retry revoking" : "Revoke"}
      </button>
      {error && (
        <span className="error" role="alert">
          Not revoked: {error}
        </span>
      )}
    </span>
  );
}
