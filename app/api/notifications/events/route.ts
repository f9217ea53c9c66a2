import { withActor } from "@/lib/http";
import { REQUEST_ID_HEADER } from "@/lib/api/request-id";
import { requestLogger } from "@/lib/log";
import { sseComment, sseEvent, sseRetry } from "@/lib/live/sse";
import { getLiveBus } from "@/lib/server/live/get-live-bus";
import { HEARTBEAT_MS } from "@/lib/server/live/open-event-stream";
import { isShuttingDown } from "@/lib/server/live/shutdown";
import { getUserFeed } from "@/lib/server/live/user-feed";
import { countUnreadNotifications } from "@/lib/server/notifications/count-unread-notifications";

const encoder = new TextEncoder();

/** The signed-in user's unread count as Server-Sent Events: now, and again whenever a notification reaches them. */
export const GET = withActor<unknown>(async (request, actor) => {
  if (isShuttingDown()) return new Response("Shutting down.", { status: 503, headers: { "Retry-After": "1", Connection: "close" } });
  let stop: (() => void) | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let isClosed = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        if (isClosed) return;
        isClosed = true;
        clearInterval(heartbeat);
        stop?.();
        try {
          controller.close();
        } catch {
          // The client went away first.
        }
      };
      const send = (text: string) => {
        if (isClosed) return;
        controller.enqueue(encoder.encode(text));
        // A client that reads nothing is dropped; it reconnects and reads the count afresh.
        if ((controller.desiredSize ?? 0) < -16_384) close();
      };
      // Counts are read one at a time, the latest last, so an older count never overwrites a newer one.
      let isCounting = false;
      let isStale = false;
      const sendCount = async () => {
        if (isCounting) {
          isStale = true;
          return;
        }
        isCounting = true;
        try {
          do {
            isStale = false;
            send(sseEvent("unread", { count: await countUnreadNotifications({ actor }) }));
          } while (isStale && !isClosed);
        } catch (error) {
          requestLogger(request.headers.get(REQUEST_ID_HEADER)).error({ err: error }, "Notification stream: counting failed");
        } finally {
          isCounting = false;
        }
      };
      request.signal.addEventListener("abort", close);
      send(sseRetry(2_000));
      heartbeat = setInterval(() => send(sseComment("heartbeat")), HEARTBEAT_MS);
      stop = getUserFeed().subscribe({ userId: actor.id, changed: () => void sendCount(), close });
      // Counted once LISTEN is active, so no notification falls between the count and the signals.
      void getLiveBus()
        .ready()
        .catch(() => undefined)
        .then(() => sendCount());
    },
    cancel() {
      isClosed = true;
      clearInterval(heartbeat);
      stop?.();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
