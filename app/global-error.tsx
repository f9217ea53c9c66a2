"use client";

// Replaces the root layout when that itself fails, so it brings its own <html>. The digest leads to
// the server's log line for the request (instrumentation.ts).
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main>
          <h1>Something went wrong</h1>
          <p role="alert">
            Factmark could not be shown{error.digest ? ` (reference ${error.digest})` : ""}. Nothing you saved was lost. If it happens
            again, quote the reference when you report it.
          </p>
          <button type="button" onClick={reset}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
