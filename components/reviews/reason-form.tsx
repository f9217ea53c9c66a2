"use client";
import { useState } from "react";

type ReasonFormProps = { label: string; submit: string; isBusy: boolean; onSubmit: (reason: string) => void; onCancel: () => void };

/** A step that must say why (reopening, signing off as nothing check-worthy): the button waits for a reason. */
export function ReasonForm({ label, submit, isBusy, onSubmit, onCancel }: ReasonFormProps) {
  const [reason, setReason] = useState("");
  return (
    <form
      className="reason-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(reason);
      }}
    >
      <label>
        {label}
        <textarea rows={2} value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} autoFocus />
      </label>
      <div className="row">
        <button type="submit" disabled={isBusy || !reason.trim()}>
          {submit}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
