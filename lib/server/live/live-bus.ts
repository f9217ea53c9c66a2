import "server-only";

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
  /** Resolves once signals are being received (LISTEN is active). */
  ready(): Promise<void>;
  close(): Promise<void>;
};
