import "server-only";
import type { ArticleEvent } from "@/lib/live/article-event";
import { sseComment, sseEvent, sseRetry } from "@/lib/live/sse";
import { getArticleFeed } from "@/lib/server/live/article-feed";

export const HEARTBEAT_MS = 15_000;
/**
 * Bytes a client may leave unread before it is dropped. A stalled client must not hold the
 * others back or grow memory without bound; dropping it loses nothing, because it reconnects
 * with Last-Event-ID and the events are read again from the table.
 */
export const MAX_BUFFERED_BYTES = 256 * 1024;

export type OpenEventStreamOptions = { articleId: string; afterSeq: number; signal: AbortSignal };

const encoder = new TextEncoder();

/** The SSE body for one viewer of one article: missed events first, then live ones, heartbeats between. */
export function openEventStream({ articleId, afterSeq, signal }: OpenEventStreamOptions): ReadableStream<Uint8Array> {
  let unsubscribe: (() => void) | undefined;
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
          signal.removeEventListener("abort", close);
          try {
            controller.close();
          } catch {
            // Already closed or errored by the client going away.
          }
        };
        const send = (text: string) => {
          if (isClosed) return;
          controller.enqueue(encoder.encode(text));
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
              for (const event of events) send(sseEvent("change", event, event.seq));
            },
            reset: (headSeq) => send(sseEvent("reset", { seq: headSeq }, headSeq)),
            close,
          });
          if (isClosed) stop();
          else unsubscribe = stop;
          send(sseEvent("ready", { seq: afterSeq }));
        } catch (error) {
          console.error(`Live stream for article ${articleId} failed to start:`, error);
          close();
        }
      },
      cancel() {
        isClosed = true;
        clearInterval(heartbeat);
        unsubscribe?.();
      },
    },
    // Counted in bytes, so desiredSize above says how much the client has left unread.
    { highWaterMark: 16 * 1024, size: (chunk) => chunk.byteLength },
  );
}
