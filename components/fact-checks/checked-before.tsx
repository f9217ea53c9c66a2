"use client";
import { useState } from "react";
import type { AnnotationView } from "@/lib/annotations/types";
import type { VerdictRating } from "@/lib/enums";
import { factCheckSource, isAttached } from "@/lib/fact-checks/fact-check-source";
import { mapRating } from "@/lib/fact-checks/map-rating";
import { highlightSegments, matchedWordsOf } from "@/lib/fact-checks/matched-words";
import type { SimilarMatch } from "@/lib/fact-checks/similar-match";
import { similarLookupText } from "@/lib/fact-checks/similar-lookup";
import { todayDateOnly } from "@/lib/dates";
import type { SourceFields } from "@/lib/validation/source";
import { VERDICT_LABELS } from "@/lib/verdicts/scale";
import { formatDate } from "@/components/articles/format";
import { useSimilarFactChecks } from "@/components/fact-checks/use-similar-fact-checks";

type CheckedBeforeProps = {
  /** The claim as the card shows it, unsaved edits included: its checkable sentence is what is asked. */
  annotation: AnnotationView;
  canEdit: boolean;
  /** Adds the fact-check as a source; answers the refusal, or null. */
  onAttach: (source: SourceFields) => Promise<string | null>;
  /** Sets the verdict to the fact-check's rating, marked as copied from it. */
  onCopy: (match: SimilarMatch, rating: VerdictRating) => void;
};

/** "Checked before": the earlier fact-checks closest to the claim, why each matched, and what may be taken from it. */
export function CheckedBefore({ annotation, canEdit, onAttach, onCopy }: CheckedBeforeProps) {
  const lookup = useSimilarFactChecks(similarLookupText(annotation), annotation.id);
  if (lookup.status === "idle") return null;
  const matches = lookup.status === "error" ? [] : lookup.matches;
  const askedText = lookup.status === "error" ? "" : (lookup.askedText ?? "");
  return (
    <section className="checked-before" aria-label="Checked before" aria-busy={lookup.status === "loading"}>
      <h3>Checked before</h3>
      {lookup.status === "error" && (
        <p className="hint">
          Earlier fact-checks could not be looked up: {lookup.message}.{" "}
          <button type="button" className="link-button" onClick={lookup.retry}>
            Try again
          </button>
        </p>
      )}
      {lookup.status === "loading" && matches.length === 0 && <p className="hint">Looking for earlier fact-checks…</p>}
      {lookup.status === "ready" && matches.length === 0 && <p className="hint">No earlier fact-check matches this claim.</p>}
      {matches.length > 0 && (
        <ol className="similar-list">
          {matches.map((match) => (
            <SimilarItem
              key={match.id}
              match={match}
              askedText={askedText}
              annotation={annotation}
              canEdit={canEdit}
              onAttach={onAttach}
              onCopy={onCopy}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

type ItemProps = Omit<CheckedBeforeProps, "annotation"> & { match: SimilarMatch; askedText: string; annotation: AnnotationView };

function SimilarItem({ match, askedText, annotation, canEdit, onAttach, onCopy }: ItemProps) {
  const [isAttaching, setAttaching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const words = matchedWordsOf(match, askedText);
  const rating = mapRating(match.rating);
  const built = factCheckSource(match, todayDateOnly());
  const attached = isAttached(annotation.sources, match);
  const isCopied = annotation.verdict?.copiedFrom?.factCheckId === match.id;
  const title = match.headline || match.claimReviewed;

  async function attach() {
    if (!built.ok) return;
    setAttaching(true);
    setError(await onAttach(built.source));
    setAttaching(false);
  }

  return (
    <li className="similar-match" data-fact-check-id={match.id}>
      <p className="similar-head">
        <span className="similar-rating">{match.rating.alternateName || "No rating given"}</span>{" "}
        <span className="meta">
          {match.publisher ?? "Publisher not given"}
          {match.datePublished && ` · ${formatDate(match.datePublished)}`}
          {match.origin === "desk" && " · this desk"}
        </span>
      </p>
      {match.url ? (
        <a href={match.url} target="_blank" rel="noopener noreferrer">
          {title}
        </a>
      ) : (
        <span>{title}</span>
      )}
      <blockquote className="similar-claim">
        {highlightSegments(match.claimReviewed, words).map((segment, i) =>
          segment.isMatch ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
        )}
      </blockquote>
      {words.length > 0 && <p className="meta similar-why">In common: {words.join(", ")}</p>}
      {canEdit && (
        <div className="row similar-actions">
          <button
            type="button"
            className="secondary"
            onClick={() => void attach()}
            disabled={attached || isAttaching || !built.ok}
            title={built.ok ? undefined : built.message}
          >
            {attached ? "Attached as source" : isAttaching ? "Attaching…" : "Attach as source"}
          </button>
          <button type="button" className="secondary" onClick={() => rating && onCopy(match, rating)} disabled={!rating || isCopied}>
            {!rating
              ? "Its rating has no place on our scale"
              : isCopied
                ? "Copied as draft verdict"
                : `Copy rating as draft verdict (${VERDICT_LABELS[rating]})`}
          </button>
        </div>
      )}
      {canEdit && !built.ok && <p className="hint">{built.message}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
