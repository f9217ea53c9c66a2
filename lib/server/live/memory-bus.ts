import "server-only";
import type { PresenceMessage } from "@/lib/presence/presence-message";
import { onCommittedArticleEvents, onCommittedUserSignals } from "@/lib/server/live/committed-changes";
import { listenerSet, type ArticleSignal, type LiveBus } from "@/lib/server/live/live-bus";

/**
 * The bus for one app process on the embedded database (PGlite cannot LISTEN through its socket).
 * It hears of article events after their transaction committed (committed-changes.ts); changes
 * made by another process (a command-line import) show on the next signal or reconnect.
 */
export function createMemoryBus(): LiveBus {
  const signals = listenerSet<ArticleSignal>();
  const users = listenerSet<string>();
  const presence = listenerSet<PresenceMessage>();
  const stopHearing = onCommittedArticleEvents((committed) => {
    for (const signal of committed) signals.emit(signal);
  });
  const stopHearingUsers = onCommittedUserSignals((userIds) => {
    for (const userId of userIds) users.emit(userId);
  });
  return {
    kind: "memory",
    subscribe: signals.add,
    onResync: () => () => undefined,
    onUserSignal: users.add,
    // Asynchronous like NOTIFY, so a publisher never runs its listeners inside its own call.
    publishPresence: (message) => queueMicrotask(() => presence.emit(message)),
    onPresence: presence.add,
    ready: async () => undefined,
    async close() {
      stopHearing();
      stopHearingUsers();
      signals.clear();
      users.clear();
      presence.clear();
    },
  };
}
