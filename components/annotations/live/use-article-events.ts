"use client";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { AnnotationStore } from "@/components/annotations/store/annotation-store";
import { isArticleWide, type ArticleEvent } from "@/lib/live/article-event";
import type { AnnotationView } from "@/lib/annotations/types";
import type { PresenceViewer } from "@/lib/presence/presence-message";

/** What else the stream carries beside annotation changes: comments (re-read by the threads) and presence. */
export type LiveListeners = {
  onComments?: () => void;
  onPresence?: (viewers: PresenceViewer[]) => void;
  /** The stream (re)connected: a good moment to say where this tab is. */
  onReady?: () => void;
};

export type LiveStatus = "connecting" | "live" | "reconnecting";

const RECONNECT_DELAYS_MS = [500, 1_000, 2_000, 5_000];
const REFETCH_DELAY_MS = 1_000;

type ChangedAnnotations = { article: { revision: number }; annotations: AnnotationView[]; goneIds: string[] };

/**
 * Keeps an open article live: listens to its event stream and fetches what changed, in order,
 * one fetch at a time (so a delete and a restore cannot land the wrong way round), then hands it
 * to the store, which merges it under anything typed. The stream resumes from the last event
 * seen (`?after=`), so a dropped connection catches up on everything it missed, and the server's
 * sequence numbers make an event heard twice harmless.
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
  const listenersRef = useRef(listeners);
  useEffect(() => {
    listenersRef.current = listeners;
  });

  useEffect(() => {
    let lastSeq = startSeq;
    let source: EventSource | null = null;
    let attempt = 0;
    let isDisposed = false;
    let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
    let fetchTimer: ReturnType<typeof setTimeout> | undefined;
    let isFetching = false;
    // What is still to fetch: annotation id → who changed it; or the whole article.
    const pending = new Map<string, string>();
    let isWholeArticle = false;
    let hasConnectedBefore = false;

    async function fetchChanges() {
      if (isFetching || isDisposed || (!isWholeArticle && pending.size === 0)) return;
      isFetching = true;
      const ids = [...pending.keys()];
      const changedBy = new Map(pending);
      const wholeArticle = isWholeArticle;
      pending.clear();
      isWholeArticle = false;
      try {
        const query = wholeArticle ? "" : `?ids=${ids.map(encodeURIComponent).join(",")}`;
        const response = await fetch(`/api/articles/${articleId}/annotations${query}`, { cache: "no-store" });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const data = (await response.json()) as ChangedAnnotations;
        if (isDisposed) return;
        store.applyLive({ articleRevision: data.article.revision, annotations: data.annotations, goneIds: data.goneIds, changedBy });
        // The article itself changed (text, status, assignment): its server-rendered parts re-render.
        // Never while offline: a refresh that cannot reach the server turns into a full page load
        // (Next's fallback), which would show the browser's offline page instead of the work.
        if (wholeArticle) refreshWhenOnline();
      } catch {
        // Not lost: put back and tried again shortly.
        for (const [id, name] of changedBy) if (!pending.has(id)) pending.set(id, name);
        isWholeArticle ||= wholeArticle;
        clearTimeout(fetchTimer);
        fetchTimer = setTimeout(() => void fetchChanges(), REFETCH_DELAY_MS);
      } finally {
        isFetching = false;
      }
      if (pending.size || isWholeArticle) void fetchChanges();
    }

    function refreshWhenOnline() {
      if (navigator.onLine) {
        router.refresh();
        return;
      }
      window.addEventListener("online", () => !isDisposed && router.refresh(), { once: true });
    }

    function heard(event: ArticleEvent) {
      if (event.seq <= lastSeq) return;
      lastSeq = event.seq;
      // A comment changes no annotation: the threads re-read the discussion.
      if (event.entityType === "Comment") listenersRef.current.onComments?.();
      else if (isArticleWide(event)) isWholeArticle = true;
      else if (event.annotationId && event.current && !isFetching && pending.size === 0 && !isWholeArticle) {
        // The event carries the annotation as it is now, and nothing earlier is still being
        // fetched (which would have to land first): applied at once, no round trip.
        const { annotation, articleRevision } = event.current;
        store.applyLive({
          articleRevision,
          annotations: annotation ? [annotation] : [],
          goneIds: annotation ? [] : [event.annotationId],
          changedBy: new Map([[event.annotationId, event.actor?.name ?? "someone"]]),
        });
        return;
      } else if (event.annotationId) pending.set(event.annotationId, event.actor?.name ?? "someone");
      void fetchChanges();
    }

    function connect() {
      if (isDisposed) return;
      // Our own reconnection rather than EventSource's: it resumes from the last event we applied
      // and also recovers from answers EventSource gives up on (a 502 from a proxy, a restart).
      const presence = presenceKey ? `&presence=${encodeURIComponent(presenceKey)}` : "";
      const next = new EventSource(`/api/articles/${articleId}/events?after=${lastSeq}${presence}`);
      source = next;
      next.addEventListener("ready", () => {
        attempt = 0;
        setStatus("live");
        listenersRef.current.onReady?.();
        // Anything said while the stream was down (a comment) is caught up by the replay; the
        // threads re-read once more in case the replay was a reset.
        if (hasConnectedBefore) listenersRef.current.onComments?.();
        hasConnectedBefore = true;
      });
      next.addEventListener("presence", (message) =>
        listenersRef.current.onPresence?.((JSON.parse((message as MessageEvent<string>).data) as { viewers: PresenceViewer[] }).viewers),
      );
      next.addEventListener("change", (message) => heard(JSON.parse((message as MessageEvent<string>).data) as ArticleEvent));
      next.addEventListener("reset", (message) => {
        // Too much was missed to replay: read the article's annotations afresh.
        lastSeq = (JSON.parse((message as MessageEvent<string>).data) as { seq: number }).seq;
        isWholeArticle = true;
        listenersRef.current.onComments?.();
        void fetchChanges();
      });
      next.onerror = () => {
        next.close();
        if (isDisposed || source !== next) return;
        setStatus("reconnecting");
        reconnectTimer = setTimeout(connect, RECONNECT_DELAYS_MS[Math.min(attempt++, RECONNECT_DELAYS_MS.length - 1)]);
      };
    }

    connect();
    return () => {
      isDisposed = true;
      clearTimeout(reconnectTimer);
      clearTimeout(fetchTimer);
      source?.close();
    };
  }, [articleId, startSeq, store, router, presenceKey]);

  return status;
}
