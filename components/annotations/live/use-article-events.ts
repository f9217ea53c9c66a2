"use client";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { AnnotationStore } from "@/components/annotations/store/annotation-store";
import { ArticleEventClient, type LiveListeners, type LiveStatus } from "@/lib/live/article-event-client";

/**
 * Keeps an open article live (lib/live/article-event-client.ts) while the workbench is mounted:
 * changes land in the store, and a change to the article itself re-renders the page.
 */
export function useArticleEvents({
  articleId,
  startSeq,
  store,
  presenceKey,
  listeners = {},
}: {
  articleId: string;
  startSeq: number;
  store: AnnotationStore;
  /** This tab's presence key: while the stream is open, the others see this tab. */
  presenceKey?: string;
  listeners?: LiveListeners;
}) {
  const router = useRouter();
  const [status, setStatus] = useState<LiveStatus>("connecting");
  // Read when the stream speaks, so new listeners never reopen the stream.
  const listenersRef = useRef(listeners);
  useEffect(() => {
    listenersRef.current = listeners;
  });

  useEffect(() => {
    const client = new ArticleEventClient({
      articleId,
      startSeq,
      presenceKey,
      handlers: {
        onStatus: setStatus,
        onChange: (change) => store.applyLive(change),
        onArticleChanged: () => router.refresh(),
        onComments: () => listenersRef.current.onComments?.(),
        onPresence: (viewers) => listenersRef.current.onPresence?.(viewers),
        onReady: () => listenersRef.current.onReady?.(),
      },
      EventSource,
      fetch: (url, init) => fetch(url, init),
      timers: window,
      network: {
        isOnline: () => navigator.onLine,
        whenOnline: (callback) => window.addEventListener("online", callback, { once: true }),
      },
    });
    client.start();
    return () => client.dispose();
  }, [articleId, startSeq, store, router, presenceKey]);

  return status;
}
