import "server-only";
import pg from "pg";
import { parsePresenceMessage, type PresenceMessage } from "@/lib/presence/presence-message";
import { listenerSet, type ArticleSignal, type LiveBus, type SignalListener } from "@/lib/server/live/live-bus";

/** The channel the AuditEvent trigger notifies (migration 20261125220500_live_events). */
export const ARTICLE_EVENTS_CHANNEL = "factmark_article_events";
/** The channel the Notification trigger notifies with the recipient's id (migration 20261126020019_comment_threads). */
export const USER_EVENTS_CHANNEL = "factmark_user_events";
/** Presence messages between instances (JSON, a few hundred bytes: NOTIFY allows 8,000). */
export const PRESENCE_CHANNEL = "factmark_presence";
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
  const users = listenerSet<string>();
  const presence = listenerSet<PresenceMessage>();
  const resyncListeners = new Set<() => void>();
  let client: pg.Client | null = null;
  let isClosed = false;
  let attempt = 0;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let hasConnectedBefore = false;
  let publishing: Promise<void> = Promise.resolve();
  let readyPromise: Promise<void> = connect();
  // Marked as handled: a first connection that fails is retried, and ready() still reports it.
  readyPromise.catch(() => undefined);

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString, keepAlive: true, application_name: "factmark-live" });
    next.on("notification", (message) => {
      if (message.channel === USER_EVENTS_CHANNEL) {
        if (message.payload) users.emit(message.payload);
        return;
      }
      if (message.channel === PRESENCE_CHANNEL) {
        const heard = parsePresenceMessage(message.payload);
        if (heard) presence.emit(heard);
        return;
      }
      const signal = message.channel === ARTICLE_EVENTS_CHANNEL ? parseSignal(message.payload) : null;
      if (signal) for (const listener of listeners) listener(signal);
    });
    next.on("error", () => scheduleReconnect(next));
    next.on("end", () => scheduleReconnect(next));
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${ARTICLE_EVENTS_CHANNEL}; LISTEN ${USER_EVENTS_CHANNEL}; LISTEN ${PRESENCE_CHANNEL}`);
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
    onUserSignal: users.add,
    publishPresence(message) {
      // On the LISTEN connection itself: it hears its own NOTIFY like every other instance does.
      // One at a time (a pg client runs one query at once), in order. Not connected: dropped, and
      // the tab's next heartbeat says it again.
      const sender = client;
      if (!sender) return;
      publishing = publishing
        .then(() => sender.query("SELECT pg_notify($1, $2)", [PRESENCE_CHANNEL, JSON.stringify(message)]))
        .then(
          () => undefined,
          () => undefined,
        );
    },
    onPresence: presence.add,
    ready: () => readyPromise,
    async close() {
      isClosed = true;
      clearTimeout(reconnectTimer);
      listeners.clear();
      resyncListeners.clear();
      users.clear();
      presence.clear();
      await client?.end().catch(() => undefined);
      client = null;
    },
  };
}
