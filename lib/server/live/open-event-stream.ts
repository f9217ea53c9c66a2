import "server-only";
import type { ArticleEvent } from "@/lib/live/article-event";
import { sseComment, sseEvent, sseRetry } from "@/lib/live/sse";
import { getArticleFeed } from "@/lib/server/live/article-feed";
import { getPresenceHub, PRESENCE_TTL_MS } from "@/lib/server/presence/presence-hub";
import { requestLogger } from "@/lib/log";

export const HEARTBEAT_MS = 15_000;
/**
 * Bytes a client may leave unread before it is dropped. A stalled client must not hold the
 * others back or grow memory without bound; dropping it loses nothing, because it reconnects
 * with Last-Event-ID and the events are read again from the table.
 */
export const MAX_BUFFERED_BYTES = 256 * 1024;

export type OpenEventStreamOptions = {
  articleId: string;
  afterSeq: number;
  signal: AbortSignal;
  /** The viewer's tab, shown to the others while this stream is open (and gone the moment it closes). */
  presence?: { key: string; userId: string; name: string };
  /** The id of the request that opened the stream, for the log. */
  requestId?: string | null;
};

const encoder = new TextEncoder();

// One event goes to every open stream of its article: it is framed and encoded once, not per viewer
// (with hundreds of viewers, serialising the changed card for each one slowed the save that caused it).
const changeFrames = new WeakMap<ArticleEvent, Uint8Array>();
function changeFrame(event: ArticleEvent): Uint8Array {
  let frame = changeFrames.get(event);
  if (!frame) {
    frame = encoder.encode(sseEvent("change", event, event.seq));
    changeFrames.set(event, frame);
  }
  return frame;
}

/** The SSE body for one viewer of one article: missed events first, then live ones, heartbeats between. */
export function openEventStream({ articleId, afterSeq, signal, presence, requestId }: OpenEventStreamOptions): ReadableStream<Uint8Array> {
  let unsubscribe: (() => void) | undefined;
  let stopWatching: (() => void) | undefined;
  const leave = () => {
    stopWatching?.();
    stopWatching = undefined;
    if (presence) getPresenceHub().publish({ type: "gone", articleId, key: presence.key, userId: presence.userId });
  };
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let isClosed = false;

  return new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        const close = () => {
          if (isClosed) return;
          isClosed = true;
          clearInterval(heartbeat);
          unsubscribe?.();
          leave();
          signal.removeEventListener("abort", close);
          try {
            controller.close();
          } catch {
            // Already closed or errored by the client going away.
          }
        };
        const send = (message: string | Uint8Array) => {
          if (isClosed) return;
          controller.enqueue(typeof message === "string" ? encoder.encode(message) : message);
          if ((controller.desiredSize ?? 0) < -MAX_BUFFERED_BYTES) close();
        };
        signal.addEventListener("abort", close);
        send(sseRetry(1_000));
        heartbeat = setInterval(() => send(sseComment("heartbeat")), HEARTBEAT_MS);
        try {
          const stop = await getArticleFeed().subscribe({
            articleId,
            afterSeq,
            deliver: (events: ArticleEvent[]) => {
              for (const event of events) send(changeFrame(event));
            },
            reset: (headSeq) => send(sseEvent("reset", { seq: headSeq }, headSeq)),
            close,
          });
          if (isClosed) stop();
          else unsubscribe = stop;
          send(sseEvent("ready", { seq: afterSeq }));
          if (presence && !isClosed) {
            const hub = getPresenceHub();
            hub.publish({
              type: "here",
              articleId,
              ...presence,
              annotationId: null,
              activity: "viewing",
              selection: null,
              ttlMs: PRESENCE_TTL_MS,
            });
            // No id: presence is the state now, not an event to replay after a reconnection.
            stopWatching = hub.watch(articleId, (viewers) => send(sseEvent("presence", { viewers })));
          }
        } catch (error) {
          requestLogger(requestId).error({ err: error, articleId }, "Live stream failed to start");
          close();
        }
      },
      cancel() {
        isClosed = true;
        clearInterval(heartbeat);
        unsubscribe?.();
        leave();
      },
    },
    // Counted in bytes, so desiredSize above says how much the client has left unread.
    { highWaterMark: 16 * 1024, size: (chunk) => chunk.byteLength },
  );
}
