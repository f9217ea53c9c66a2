"use client";
import { useEffect, useState } from "react";
import type { SimilarMatch } from "@/lib/fact-checks/similar-match";
import { SIMILAR_LOOKUP_DELAY_MS, similarLookupUrl } from "@/lib/fact-checks/similar-lookup";

export type SimilarLookup =
  | { status: "idle" }
  /** Waiting for the pause or the answer: the previous answer's matches stay on screen meanwhile. */
  | { status: "loading"; matches: SimilarMatch[]; askedText: string | null }
  | { status: "ready"; matches: SimilarMatch[]; askedText: string }
  | { status: "error"; message: string; retry: () => void };

type Answer = { text: string; matches: SimilarMatch[] } | { text: string; error: string };

/**
 * The earlier fact-checks for `text`, asked once typing pauses (SIMILAR_LOOKUP_DELAY_MS); a change
 * of text cancels the wait and the request in flight, so an old answer never lands over a newer
 * question. Outside the card's save path: it only reads.
 */
export function useSimilarFactChecks(text: string | null, excludeAnnotationId: string): SimilarLookup {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!text) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(similarLookupUrl(text, { excludeAnnotationId }), { signal: controller.signal, headers: { accept: "application/json" } })
        .then(async (response) => {
          const body: unknown = await response.json().catch(() => null);
          if (!response.ok) throw new Error(errorOf(body) ?? `the server answered ${response.status}`);
          if (!isAnswer(body)) throw new Error("the answer could not be read");
          setAnswer({ text, matches: body.matches });
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          setAnswer({ text, error: error instanceof TypeError ? "the server could not be reached" : (error as Error).message });
        });
    }, SIMILAR_LOOKUP_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, excludeAnnotationId, attempt]);

  if (!text) return { status: "idle" };
  const previous = answer && "matches" in answer ? answer : null;
  if (!answer || answer.text !== text) return { status: "loading", matches: previous?.matches ?? [], askedText: previous?.text ?? null };
  if ("error" in answer)
    return {
      status: "error",
      message: answer.error,
      retry: () => {
        setAnswer(null);
        setAttempt((n) => n + 1);
      },
    };
  return { status: "ready", matches: answer.matches, askedText: answer.text };
}

function errorOf(body: unknown): string | null {
  const error = (body as { error?: unknown } | null)?.error;
  return typeof error === "string" ? error : null;
}

function isAnswer(body: unknown): body is { matches: SimilarMatch[] } {
  return Array.isArray((body as { matches?: unknown } | null)?.matches);
}
