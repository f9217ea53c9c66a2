"use client";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { CommentView } from "@/lib/comments/types";
import type { MentionedPerson } from "@/lib/comments/comment-text";
import type { Role } from "@/lib/enums";

export type CommentsState = {
  articleId: string;
  comments: CommentView[];
  people: MentionedPerson[];
  me: { id: string; role: Role };
  canComment: boolean;
  /** Puts the server's answer for one comment in place (the writer's own change, before the live event). */
  apply: (comment: CommentView) => void;
  /** Re-reads every comment (a live event named one). */
  reload: () => void;
};

const CommentsContext = createContext<CommentsState | null>(null);

export function useComments(): CommentsState | null {
  return useContext(CommentsContext);
}

/**
 * The article's discussion, kept in one place for the article's threads and every card's. Live
 * events only say "a comment changed": the list is re-read, one read at a time, the latest last.
 */
export function CommentsProvider({
  articleId,
  people,
  me,
  canComment,
  reloadRef,
  children,
}: Omit<CommentsState, "comments" | "apply" | "reload"> & {
  /** Set to this provider's reload, for the live stream to call. */
  reloadRef: React.RefObject<(() => void) | null>;
  children: React.ReactNode;
}) {
  const [comments, setComments] = useState<CommentView[]>([]);
  const reading = useRef({ isReading: false, isStale: false });

  const reload = useCallback(() => {
    const state = reading.current;
    if (state.isReading) {
      state.isStale = true;
      return;
    }
    state.isReading = true;
    void (async () => {
      do {
        state.isStale = false;
        try {
          const response = await fetch(`/api/articles/${articleId}/comments`, { cache: "no-store" });
          if (response.ok) setComments(((await response.json()) as { comments: CommentView[] }).comments);
        } catch {
          // The next event, or the next reconnection, reads again.
        }
      } while (state.isStale);
      state.isReading = false;
    })();
  }, [articleId]);

  useEffect(() => {
    reloadRef.current = reload;
    reload();
  }, [reload, reloadRef]);

  const apply = useCallback((comment: CommentView) => {
    setComments((list) =>
      list.some((c) => c.id === comment.id) ? list.map((c) => (c.id === comment.id ? comment : c)) : [...list, comment],
    );
  }, []);

  const value = useMemo(
    () => ({ articleId, comments, people, me, canComment, apply, reload }),
    [articleId, comments, people, me, canComment, apply, reload],
  );
  return <CommentsContext.Provider value={value}>{children}</CommentsContext.Provider>;
}
