"use client";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { plural } from "@/lib/plural";

const RATE_LIMIT_PREFIX = "RATE_LIMITED:";

function describeError(error: string): string {
  if (error.startsWith(RATE_LIMIT_PREFIX)) {
    const seconds = Number(error.slice(RATE_LIMIT_PREFIX.length));
    return `Too many failed attempts. Wait ${plural(seconds, "second")} and try again.`;
  }
  if (error === "CredentialsSignin") return "Email or password is incorrect.";
  return "Sign-in failed. Try again.";
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(describeError(result?.error ?? ""));
      return;
    }
    // A full navigation so the server components render with the new session.
    window.location.assign(callbackUrl);
  }

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      <label>
        Email
        <input name="email" type="email" autoComplete="username" required autoFocus />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={isPending}>
        {isPending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
