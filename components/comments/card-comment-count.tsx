"use client";
import { useComments } from "@/components/comments/comments-context";
import { plural } from "@/lib/plural";

/** " · 2 comments" on a card's summary, so a discussion is visible before the card is opened. */
export function CardCommentCount({ annotationId }: { annotationId: string }) {
  const comments = useComments();
  const count = comments?.comments.filter((c) => c.annotationId === annotationId && !c.isDeleted).length ?? 0;
  if (count === 0) return null;
  return <span className="comment-count">{` · ${plural(count, "comment")}`}</span>;
}
