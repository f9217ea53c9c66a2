import "server-only";
import pg from "pg";
import type { ArticleSignal, LiveBus, SignalListener } from "@/lib/server/live/live-bus";

/** The channel the AuditEvent trigger notifies (migration 20261125220500_live_events). */
export const ARTICLE_EVENTS_CHANNEL = "factmark_article_events";
const RECONNECT_DELAYS_MS = [100, 500, 1_000, 2_000, 5_000];

/** "articleId:seq" as the trigger sends it; null for anything else. */
export function parseSignal(payload: string | undefined): ArticleSignal | null {
  const colon = payload?.lastIndexOf(":") ?? -1;
  if (!payload || colon <= 0) return null;
  const seq = Number(payload.slice(colon + 1));
  return Number.isInteger(seq) && seq > 0 ? { articleId: payload.slice(0, colon), seq } : null;
}

/**
 * One dedicated connection per process LISTENs (never a pooled one: a pool hands connections
 * around, and LISTEN belongs to the session). Every instance on the database hears every commit.
 * When the connection drops it reconnects with backoff and asks for a resync, since signals sent
 * meanwhile are lost (the events are not: they are in the table).
 */
export function createPostgresBus(connectionString: string): LiveBus {
  const listeners = new Set<SignalListener>();
  const resyncListeners = new Set<() => void>();
  let client: pg.Client | null = null;
  let isClosed = false;
  let attempt = 0;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let hasConnectedBefore = false;
  let readyPromise: Promise<void> = connect();
  // Marked as handled: a first connection that fails is retried, and ready() still reports it.
  readyPromise.catch(() => undefined);

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString, keepAlive: true, application_name: "factmark-live" });
    next.on("notification", (message) => {
      const signal = message.channel === ARTICLE_EVENTS_CHANNEL ? parseSignal(message.payload) : null;
      if (signal) for (const listener of listeners) listener(signal);
    });
    next.on("error", () => scheduleReconnect(next));
    next.on("end", () => scheduleReconnect(next));
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${ARTICLE_EVENTS_CHANNEL}`);
    } catch (error) {
      scheduleReconnect(next);
      if (!hasConnectedBefore) throw error;
      return;
    }
    attempt = 0;
    if (hasConnectedBefore) for (const listener of resyncListeners) listener();
    hasConnectedBefore = true;
  }

  function scheduleReconnect(failed: pg.Client) {
    if (isClosed || client !== failed) return;
    client = null;
    failed.end().catch(() => undefined);
    const delay = RECONNECT_DELAYS_MS[Math.min(attempt++, RECONNECT_DELAYS_MS.length - 1)];
    reconnectTimer = setTimeout(() => {
      readyPromise = connect().catch(() => undefined);
    }, delay);
  }

  return {
    kind: "postgres",
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onResync(listener) {
      resyncListeners.add(listener);
      return () => resyncListeners.delete(listener);
    },
    ready: () => readyPromise,
    async close() {
      isClosed = true;
      clearTimeout(reconnectTimer);
      listeners.clear();
      resyncListeners.clear();
      await client?.end().catch(() => undefined);
      client = null;
    },
  };
}
