"use client";

// The digest is Next's name for the server error behind this page; the server logged it beside the
// request id (instrumentation.ts), so a user who quotes it leads to the log line.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="narrow">
      <h1>Something went wrong</h1>
      <p role="alert">The page could not be shown{error.digest ? ` (reference ${error.digest})` : ""}. Nothing you saved was lost.</p>
      {error.digest && <p>If it happens again, quote the reference when you report it.</p>}
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
