"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="narrow">
      <h1>Something went wrong</h1>
      <p role="alert">The page could not be shown{error.digest ? ` (reference ${error.digest})` : ""}. Nothing you saved was lost.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
