import "server-only";
import { onCommittedArticleEvents } from "@/lib/server/live/committed-changes";
import type { LiveBus, SignalListener } from "@/lib/server/live/live-bus";

/**
 * The bus for one app process on the embedded database (PGlite cannot LISTEN through its socket).
 * It hears of article events after their transaction committed (committed-changes.ts); changes
 * made by another process (a command-line import) show on the next signal or reconnect.
 */
export function createMemoryBus(): LiveBus {
  const listeners = new Set<SignalListener>();
  const stopHearing = onCommittedArticleEvents((signals) => {
    for (const signal of signals) for (const listener of listeners) listener(signal);
  });
  return {
    kind: "memory",
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onResync: () => () => undefined,
    ready: async () => undefined,
    async close() {
      stopHearing();
      listeners.clear();
    },
  };
}
