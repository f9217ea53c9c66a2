"use client";
import { useState } from "react";
import { callAction } from "@/lib/actions/call-action";
import { createCommentAction, resolveThreadAction } from "@/lib/actions/comment-actions";
import { toThreads, type CommentThread } from "@/lib/comments/types";
import { CommentComposer } from "@/components/comments/comment-composer";
import { CommentItem } from "@/components/comments/comment-item";
import { useComments } from "@/components/comments/comments-context";

/**
 * The discussion of one annotation, or of the article as a whole (annotationId null): its threads,
 * each with replies and Resolve/Reopen, and a box to start a new thread.
 */
export function CommentThreads({ annotationId, title }: { annotationId: string | null; title: string }) {
  const comments = useComments();
  if (!comments) return null;
  const threads = toThreads(comments.comments.filter((c) => c.annotationId === annotationId));
  const open = threads.filter((t) => !t.root.resolved).length;
  return (
    <section className="comments" aria-label={title} data-comments-for={annotationId ?? "article"}>
      <h3>
        {title} <span className="hint">({threads.length === 0 ? "none yet" : `${open} open of ${threads.length}`})</span>
      </h3>
      {threads.map((thread) => (
        <Thread key={thread.root.id} thread={thread} />
      ))}
      {comments.canComment && (
        <CommentComposer
          label={annotationId ? "Comment on this annotation" : "Comment on the article"}
          submitLabel="Comment"
          people={comments.people}
          onSubmit={async (body, mentionIds, clientRequestId) => {
            const result = await callAction(createCommentAction, {
              articleId: comments.articleId,
              annotationId,
              body,
              mentionIds,
              clientRequestId,
            });
            if (!result.ok) return result.message;
            comments.apply(result.data);
            return null;
          }}
        />
      )}
    </section>
  );
}

function Thread({ thread }: { thread: CommentThread }) {
  const comments = useComments()!;
  const [isReplying, setIsReplying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { root, replies } = thread;
  const resolved = root.resolved;

  async function setResolved(isResolved: boolean) {
    const result = await callAction(resolveThreadAction, { commentId: root.id, isResolved });
    if (result.ok) comments.apply(result.data);
    setError(result.ok ? null : result.message);
  }

  return (
    <div className={`thread${resolved ? " thread-resolved" : ""}`} data-thread-id={root.id}>
      {resolved && (
        <p className="thread-state" role="status">
          Resolved by {resolved.by}
        </p>
      )}
      <CommentItem comment={root} />
      {replies.length > 0 && (
        <ol className="replies" aria-label="Replies">
          {replies.map((reply) => (
            <li key={reply.id}>
              <CommentItem comment={reply} />
            </li>
          ))}
        </ol>
      )}
      {comments.canComment && (
        <div className="comment-actions">
          {!resolved && !isReplying && (
            <button type="button" className="link-button" onClick={() => setIsReplying(true)}>
              Reply
            </button>
          )}
          <button type="button" className="link-button" onClick={() => void setResolved(!resolved)}>
            {resolved ? "Reopen" : "Resolve"}
          </button>
        </div>
      )}
      {isReplying && !resolved && (
        <CommentComposer
          label="Reply"
          submitLabel="Reply"
          people={comments.people}
          onCancel={() => setIsReplying(false)}
          onSubmit={async (body, mentionIds, clientRequestId) => {
            const result = await callAction(createCommentAction, {
              articleId: comments.articleId,
              parentId: root.id,
              body,
              mentionIds,
              clientRequestId,
            });
            if (!result.ok) return result.message;
            comments.apply(result.data);
            setIsReplying(false);
            return null;
          }}
        />
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
