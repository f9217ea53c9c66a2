"use client";
import { forwardRef } from "react";
import type { AnnotationView } from "@/lib/annotations/types";
import { KIND_LABELS, QUOTE_CHECK_LABELS, STATUS_LABELS } from "@/lib/enums";
import { VERDICT_LABELS } from "@/lib/verdicts/scale";
import { CardPresence } from "@/components/presence/card-presence";
import { CommentThreads } from "@/components/comments/comment-threads";
import { CardCommentCount } from "@/components/comments/card-comment-count";
import { plural } from "@/lib/plural";

type CardProps = { annotation: AnnotationView; isSelected: boolean; onSelect: () => void; children?: React.ReactNode };

/** One annotation in the side panel; the selected one shows its editor as `children`. */
export const AnnotationCard = forwardRef<HTMLLIElement, CardProps>(function AnnotationCard(
  { annotation, isSelected, onSelect, children },
  ref,
) {
  const kind = annotation.kind.toLowerCase();
  return (
    <li
      ref={ref}
      className={`card card-${kind}${isSelected ? " selected" : ""}`}
      data-annotation-id={annotation.id}
      aria-current={isSelected ? "true" : undefined}
    >
      <button type="button" className="card-summary" onClick={onSelect} aria-expanded={isSelected}>
        <span className="card-head">
          <span className={`badge badge-${kind}`}>{KIND_LABELS[annotation.kind]}</span>
          {annotation.verdict && (
            <span className={`verdict verdict-${annotation.verdict.rating.toLowerCase()}`}>
              {VERDICT_LABELS[annotation.verdict.rating]}
              {annotation.verdict.copiedFrom && " (draft)"}
            </span>
          )}
          {annotation.quoteCheck && <span className="verdict">{QUOTE_CHECK_LABELS[annotation.quoteCheck]}</span>}
          <span className={`status status-${annotation.status.toLowerCase()}`}>{STATUS_LABELS[annotation.status]}</span>
        </span>
        {/* A span, not a blockquote: a button holds phrasing content only, and Chromium leaves a
            blockquote's text out of the button's accessible name. */}
        <span className="exact">{annotation.exact}</span>
        <span className="meta">
          {annotation.author.name}
          {annotation.speaker && ` · speaker: ${annotation.speaker}`}
          {annotation.sources.length > 0 && ` · ${plural(annotation.sources.length, "source")}`}
          <CardCommentCount annotationId={annotation.id} />
        </span>
      </button>
      <CardPresence annotationId={annotation.id} />
      {isSelected && children}
      {isSelected && <CommentThreads annotationId={annotation.id} title="Discussion" />}
    </li>
  );
});
