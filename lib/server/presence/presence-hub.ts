import "server-only";
import { createPresenceRegistry } from "@/lib/presence/presence-registry";
import type { PresenceMessage, PresenceViewer } from "@/lib/presence/presence-message";
import { getLiveBus } from "@/lib/server/live/get-live-bus";
import type { LiveBus } from "@/lib/server/live/live-bus";

/** A tab heartbeats this often; it is forgotten this long after its last one (a lost connection). */
export const PRESENCE_HEARTBEAT_MS = 2_500;
export const PRESENCE_TTL_MS = 8_000;
const SWEEP_MS = 1_000;

type ViewersListener = (viewers: PresenceViewer[]) => void;

/**
 * This instance's view of who has which article open, fed by every instance's presence messages
 * on the bus, and handed to the article's open streams whenever it changes. A tab that stops
 * heartbeating is forgotten after PRESENCE_TTL_MS; a stream that closes says "gone" at once.
 */
export function createPresenceHub(bus: LiveBus, now: () => number = Date.now) {
  const registry = createPresenceRegistry();
  const watchers = new Map<string, Set<ViewersListener>>();

  function tell(articleId: string) {
    const listeners = watchers.get(articleId);
    if (!listeners?.size) return;
    const viewers = registry.viewersOf(articleId);
    for (const listener of listeners) listener(viewers);
  }

  const stopHearing = bus.onPresence((message) => {
    if (registry.apply(message, now())) tell(message.articleId);
  });
  const sweep = setInterval(() => {
    for (const articleId of registry.expire(now())) tell(articleId);
  }, SWEEP_MS);
  sweep.unref?.();

  return {
    publish: (message: PresenceMessage) => bus.publishPresence(message),
    /** Calls `listener` with the article's viewers now and on every change; returns the unsubscribe. */
    watch(articleId: string, listener: ViewersListener): () => void {
      const listeners = watchers.get(articleId) ?? new Set();
      listeners.add(listener);
      watchers.set(articleId, listeners);
      listener(registry.viewersOf(articleId));
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) watchers.delete(articleId);
      };
    },
    viewersOf: (articleId: string) => registry.viewersOf(articleId),
    close() {
      clearInterval(sweep);
      stopHearing();
      watchers.clear();
    },
  };
}

export type PresenceHub = ReturnType<typeof createPresenceHub>;

const holder = globalThis as unknown as { factmarkPresenceHub?: PresenceHub };

/** The process's hub over its bus. */
export function getPresenceHub(): PresenceHub {
  holder.factmarkPresenceHub ??= createPresenceHub(getLiveBus());
  return holder.factmarkPresenceHub;
}

export const existingPresenceHub = (): PresenceHub | undefined => holder.factmarkPresenceHub;
