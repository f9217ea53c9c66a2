"use client";
import { useState, useTransition } from "react";
import { SecretShownOnce } from "@/components/ui/secret-shown-once";
import { callAction } from "@/lib/actions/call-action";
import { createApiTokenAction } from "@/lib/actions/api-token-actions";
import { API_SCOPE_NAMES, type ApiScope } from "@/lib/enums";
import { TOKEN_EXPIRY_DAYS } from "@/lib/validation/api-token";

type Created = { name: string; token: string };

/** Makes a token and shows its secret once, with a copy button: only its hash is kept. */
export function CreateTokenForm({ scopes }: { scopes: ApiScope[] }) {
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);

  const submit = (form: FormData) =>
    startTransition(async () => {
      const expiry = String(form.get("expiry") ?? "never");
      const result = await callAction(createApiTokenAction, {
        name: String(form.get("name") ?? ""),
        scopes: form.getAll("scopes").map(String) as ApiScope[],
        expiresInDays: expiry === "never" ? null : Number(expiry),
      });
      if (result.ok) {
        setCreated({ name: result.data.name, token: result.data.token });
        setError(null);
      } else {
        setError(result.message);
      }
    });

  return (
    <div className="token-create">
      {created && (
        <SecretShownOnce
          secret={created.token}
          label="New token"
          what={`Your new token “${created.name}”. Copy it now: it will not be shown again.`}
          onDone={() => setCreated(null)}
        />
      )}
      <form className="form" action={submit} aria-label="New API token">
        <h2>New token</h2>
        <label>
          Name
          <input name="name" required maxLength={100} placeholder="e.g. CMS sync" />
        </label>
        <fieldset>
          <legend>Scopes</legend>
          {scopes.map((scope) => (
            <label key={scope} className="check">
              <input type="checkbox" name="scopes" value={scope} defaultChecked={scope === "READ"} /> {API_SCOPE_NAMES[scope]}
            </label>
          ))}
        </fieldset>
        <label>
          Expires
          <select name="expiry" defaultValue="30">
            {TOKEN_EXPIRY_DAYS.map((days) => (
              <option key={days} value={days}>
                in {days} days
              </option>
            ))}
            <option value="never">never</option>
          </select>
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={isPending}>
          Create token
        </button>
      </form>
    </div>
  );
}
