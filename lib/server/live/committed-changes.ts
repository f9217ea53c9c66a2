import "server-only";
import type { ArticleSignal } from "@/lib/server/live/live-bus";

// The in-process bus must hear of a change only after its transaction commits. Prisma has no
// commit hook, so lib/db.ts wraps interactive transactions: recordAudit() notes the article
// events a transaction writes (noteArticleEvent), and when the transaction resolves, which is
// after COMMIT, the notes are handed to the listeners. A transaction that throws rolls back and
// its notes are dropped with it.

type Tx = object;
type CommitListener = (signals: ArticleSignal[]) => void;
type UserCommitListener = (userIds: string[]) => void;

// On globalThis, the notes as well as the listeners: Next.js may load this module once per route
// bundle. The one Prisma client (and so the $transaction wrapper below) is made by whichever bundle
// asks first, while recordAudit() in a server action's bundle notes its events on the same tx:
// with a WeakMap per module copy, those notes went nowhere and the in-process bus heard nothing.
const shared = globalThis as unknown as {
  factmarkCommitNotes?: WeakMap<Tx, ArticleSignal[]>;
  factmarkUserCommitNotes?: WeakMap<Tx, string[]>;
  factmarkCommitListeners?: Set<CommitListener>;
  factmarkUserCommitListeners?: Set<UserCommitListener>;
};
const notes = (shared.factmarkCommitNotes ??= new WeakMap());
const userNotes = (shared.factmarkUserCommitNotes ??= new WeakMap());
const listeners = (shared.factmarkCommitListeners ??= new Set());
const userListeners = (shared.factmarkUserCommitListeners ??= new Set());

export function noteArticleEvent(tx: Tx, signal: ArticleSignal): void {
  notes.get(tx)?.push(signal);
}

/** A notification for these users was written in `tx` (notify()); heard after the commit. */
export function noteUserSignal(tx: Tx, userIds: string[]): void {
  userNotes.get(tx)?.push(...userIds);
}

export function onCommittedUserSignals(listener: UserCommitListener): () => void {
  userListeners.add(listener);
  return () => userListeners.delete(listener);
}

export function onCommittedArticleEvents(listener: CommitListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

type Transaction = (argument: unknown, options?: unknown) => Promise<unknown>;

/** Makes `client.$transaction(fn)` report the article events written by `fn` once it has committed. */
export function reportCommittedEvents<Client extends { $transaction: unknown }>(client: Client): Client {
  const original = (client.$transaction as Transaction).bind(client);
  const wrapped: Transaction = async (argument, options) => {
    if (typeof argument !== "function") return original(argument, options);
    const written: ArticleSignal[] = [];
    const notified: string[] = [];
    const result = await original(async (tx: Tx) => {
      notes.set(tx, written);
      userNotes.set(tx, notified);
      return (argument as (tx: Tx) => unknown)(tx);
    }, options);
    if (written.length) for (const listener of listeners) listener(written);
    if (notified.length) for (const listener of userListeners) listener([...new Set(notified)]);
    return result;
  };
  Object.defineProperty(client, "$transaction", { value: wrapped, configurable: true, writable: true });
  return client;
}
