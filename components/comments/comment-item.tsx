"use client";
import { useState } from "react";
import { callAction } from "@/lib/actions/call-action";
import { deleteCommentAction, editCommentAction } from "@/lib/actions/comment-actions";
import { canDeleteComment, canEditComment } from "@/lib/policies/comments";
import type { CommentView } from "@/lib/comments/types";
import { CommentBody } from "@/components/comments/comment-body";
import { CommentComposer } from "@/components/comments/comment-composer";
import { useComments } from "@/components/comments/comments-context";

const time = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** One comment: who, when, what; Edit and Delete for whoever may (the server checks again). */
export function CommentItem({ comment }: { comment: CommentView }) {
  const comments = useComments()!;
  const [isEditing, setIsEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const asRecord = { authorId: comment.author.id, deletedAt: comment.isDeleted ? comment.createdAt : null };

  if (comment.isDeleted) return <p className="comment comment-deleted">Comment deleted.</p>;

  return (
    <article className="comment" data-comment-id={comment.id} aria-label={`Comment by ${comment.author.name}`}>
      <header className="comment-meta">
        <strong>{comment.author.name}</strong> <time dateTime={comment.createdAt}>{time(comment.createdAt)}</time>
        {comment.editedAt && <span className="hint"> (edited)</span>}
      </header>
      {isEditing ? (
        <CommentComposer
          label="Edit your comment"
          submitLabel="Save"
          people={comments.people}
          initialText={comment.body}
          onCancel={() => setIsEditing(false)}
          onSubmit={async (body, mentionIds) => {
            const result = await callAction(editCommentAction, { commentId: comment.id, body, mentionIds });
            if (!result.ok) return result.message;
            comments.apply(result.data);
            setIsEditing(false);
            return null;
          }}
        />
      ) : (
        <CommentBody body={comment.body} mentions={comment.mentions} />
      )}
      {!isEditing && comments.canComment && (
        <div className="comment-actions">
          {canEditComment(comments.me, asRecord) && (
            <button type="button" className="link-button" onClick={() => setIsEditing(true)}>
              Edit
            </button>
          )}
          {canDeleteComment(comments.me, asRecord) && (
            <button
              type="button"
              className="link-button"
              onClick={async () => {
                if (!window.confirm("Delete this comment?")) return;
                const result = await callAction(deleteCommentAction, { commentId: comment.id });
                if (result.ok) comments.apply(result.data);
                setError(result.ok ? null : result.message);
              }}
            >
              Delete
            </button>
          )}
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}
