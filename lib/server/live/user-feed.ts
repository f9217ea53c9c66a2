import "server-only";
import { getLiveBus } from "@/lib/server/live/get-live-bus";
import type { LiveBus } from "@/lib/server/live/live-bus";

type Subscriber = { userId: string; changed: () => void; close: () => void };

/** Fans "user X has a new notification" out to that user's open notification streams in this process. */
export function createUserFeed(bus: LiveBus) {
  const byUser = new Map<string, Set<Subscriber>>();
  const stopSignals = bus.onUserSignal((userId) => {
    for (const subscriber of byUser.get(userId) ?? []) subscriber.changed();
  });
  // Signals lost while LISTEN was down: every badge re-reads its count.
  const stopResync = bus.onResync(() => {
    for (const subscribers of byUser.values()) for (const subscriber of subscribers) subscriber.changed();
  });
  return {
    subscribe(subscriber: Subscriber): () => void {
      const set = byUser.get(subscriber.userId) ?? new Set();
      set.add(subscriber);
      byUser.set(subscriber.userId, set);
      return () => {
        set.delete(subscriber);
        if (set.size === 0) byUser.delete(subscriber.userId);
      };
    },
    close() {
      stopSignals();
      stopResync();
      for (const subscribers of byUser.values()) for (const subscriber of subscribers) subscriber.close();
      byUser.clear();
    },
  };
}

export type UserFeed = ReturnType<typeof createUserFeed>;
const holder = globalThis as unknown as { factmarkUserFeed?: UserFeed };

export function getUserFeed(): UserFeed {
  holder.factmarkUserFeed ??= createUserFeed(getLiveBus());
  return holder.factmarkUserFeed;
}

export const existingUserFeed = (): UserFeed | undefined => holder.factmarkUserFeed;
