import "server-only";
import type { PresenceMessage } from "@/lib/presence/presence-message";

/**
 * "Article X has new events (up to seq N)." Only a wake-up call: the events themselves are read
 * from the article's audit chain (read-article-events.ts), so a signal that arrives twice, late or
 * not at all loses nothing: the next read catches up in order.
 */
export type ArticleSignal = { articleId: string; seq: number };

export type SignalListener = (signal: ArticleSignal) => void;

/**
 * How signals travel between the code that commits changes and the streams that show them. Two
 * implementations: PostgreSQL LISTEN/NOTIFY (postgres-bus.ts, any number of app instances on one
 * database) and an in-process emitter (memory-bus.ts, the embedded database, which cannot LISTEN).
 * Both deliver only committed changes: NOTIFY is sent by a trigger inside the transaction and
 * PostgreSQL delivers it at commit; the in-process bus hears of a change after the commit.
 */
export type LiveBus = {
  readonly kind: "postgres" | "memory";
  /** Called for every signal, from this and (for PostgreSQL) every other instance. */
  subscribe(listener: SignalListener): () => void;
  /** Also called when signals may have been missed (a dropped LISTEN connection came back): re-read everything. */
  onResync(listener: () => void): () => void;
  /** "User X has a new notification" (committed), from any instance: the badge re-reads its count. */
  onUserSignal(listener: (userId: string) => void): () => void;
  /**
   * Presence is not stored: each message goes to every instance (this one included) and lives
   * there until it expires. Best effort: a message lost is replaced by the tab's next heartbeat.
   */
  publishPresence(message: PresenceMessage): void;
  onPresence(listener: (message: PresenceMessage) => void): () => void;
  /** Resolves once signals are being received (LISTEN is active). */
  ready(): Promise<void>;
  close(): Promise<void>;
};

/** A set of listeners with the subscribe function the bus hands out. */
export function listenerSet<T>() {
  const listeners = new Set<(value: T) => void>();
  return {
    add(listener: (value: T) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit(value: T) {
      for (const listener of listeners) listener(value);
    },
    clear: () => listeners.clear(),
  };
}
