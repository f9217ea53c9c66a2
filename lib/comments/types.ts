// What the browser knows of a comment: shared by the server's views and the thread components.

export type CommentView = {
  id: string;
  articleId: string;
  /** null: a comment on the article as a whole. */
  annotationId: string | null;
  /** null: the first comment of a thread; else the thread it answers. */
  parentId: string | null;
  author: { id: string; name: string };
  /** Empty once deleted (the place in the thread stays, saying so). */
  body: string;
  mentions: { id: string; name: string }[];
  /** On a thread's first comment: when and by whom it was resolved, or null while open. */
  resolved: { at: string; by: string } | null;
  createdAt: string;
  editedAt: string | null;
  isDeleted: boolean;
};

/** A thread: its first comment and the replies, oldest first. */
export type CommentThread = { root: CommentView; replies: CommentView[] };

/** Comments as threads, oldest thread first; replies whose thread is missing are left out. */
export function toThreads(comments: CommentView[]): CommentThread[] {
  const threads = new Map<string, CommentThread>();
  const sorted = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  for (const comment of sorted) if (!comment.parentId) threads.set(comment.id, { root: comment, replies: [] });
  for (const comment of sorted) if (comment.parentId) threads.get(comment.parentId)?.replies.push(comment);
  // A deleted first comment with no replies left is nothing to show.
  return [...threads.values()].filter((t) => !t.root.isDeleted || t.replies.some((r) => !r.isDeleted));
}
