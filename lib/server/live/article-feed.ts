import "server-only";
import { getDb, type Db } from "@/lib/db";
import type { ArticleEvent } from "@/lib/live/article-event";
import { getLiveBus } from "@/lib/server/live/get-live-bus";
import type { LiveBus } from "@/lib/server/live/live-bus";
import { readArticleEvents, readArticleHeadSeq } from "@/lib/server/live/read-article-events";
import { attachAnnotationViews } from "@/lib/server/live/attach-annotation-views";

/** More missed events than this and the viewer reloads the article's state instead of replaying them. */
export const CATCH_UP_LIMIT = 500;
/** Safety net under the signals: every open article is re-read this often even if nothing was heard. */
const RESYNC_INTERVAL_MS = 15_000;

export type FeedSubscriber = {
  articleId: string;
  /** The last seq the viewer has (Last-Event-ID); everything after it is delivered, in order, once. */
  afterSeq: number;
  deliver: (events: ArticleEvent[]) => void;
  /** Too much was missed to replay: the viewer should reload its state; events continue after `headSeq`. */
  reset: (headSeq: number) => void;
  /** The process is shutting down. */
  close: () => void;
};

type Subscription = FeedSubscriber & { lastSeq: number; isCaughtUp: boolean };
type ArticleState = { subscriptions: Set<Subscription>; isReading: boolean; isDirty: boolean };

/**
 * Fans an instance's signals out to its open streams. Signals only wake it: per article, one
 * query reads the events after the oldest position any stream holds, and each stream gets the
 * ones after its own position. So 500 viewers of one article cost one query per change, and a
 * stream never sees an event twice or out of order, whatever order signals arrive in.
 */
export function createArticleFeed(bus: LiveBus, db: Db) {
  const articles = new Map<string, ArticleState>();
  const stopSignals = bus.subscribe((signal) => void wake(signal.articleId));
  const stopResync = bus.onResync(() => wakeAll());
  const resyncTimer = setInterval(() => wakeAll(), RESYNC_INTERVAL_MS);
  resyncTimer.unref?.();

  function wakeAll() {
    for (const articleId of articles.keys()) void wake(articleId);
  }

  function deliverTo(subscription: Subscription, events: ArticleEvent[]) {
    const fresh = events.filter((event) => event.seq > subscription.lastSeq);
    if (fresh.length === 0) return;
    subscription.lastSeq = fresh[fresh.length - 1]!.seq;
    subscription.deliver(fresh);
  }

  async function wake(articleId: string): Promise<void> {
    const state = articles.get(articleId);
    if (!state) return;
    if (state.isReading) {
      state.isDirty = true;
      return;
    }
    state.isReading = true;
    try {
      let isFullPage = false;
      do {
        state.isDirty = false;
        const ready = [...state.subscriptions].filter((s) => s.isCaughtUp);
        if (ready.length === 0) break;
        const from = Math.min(...ready.map((s) => s.lastSeq));
        const events = await readArticleEvents(db, articleId, from, CATCH_UP_LIMIT);
        // A few live events carry the annotations' current views (one query for every stream).
        const delivered = await attachAnnotationViews(db, articleId, events);
        for (const subscription of ready) if (state.subscriptions.has(subscription)) deliverTo(subscription, delivered);
        isFullPage = events.length === CATCH_UP_LIMIT;
      } while (state.isDirty || isFullPage);
    } catch (error) {
      // The next signal or the resync timer tries again; the events wait in the table.
      console.error(`Live feed: reading events of article ${articleId} failed:`, error);
    } finally {
      state.isReading = false;
    }
  }

  return {
    /** Starts delivering; resolves once the missed events are delivered. Returns the unsubscribe function. */
    async subscribe(subscriber: FeedSubscriber): Promise<() => void> {
      const subscription: Subscription = { ...subscriber, lastSeq: subscriber.afterSeq, isCaughtUp: false };
      const state = articles.get(subscriber.articleId) ?? { subscriptions: new Set(), isReading: false, isDirty: false };
      articles.set(subscriber.articleId, state);
      state.subscriptions.add(subscription);
      const unsubscribe = () => {
        state.subscriptions.delete(subscription);
        if (state.subscriptions.size === 0 && articles.get(subscriber.articleId) === state) articles.delete(subscriber.articleId);
      };
      try {
        await bus.ready();
        // Registered before reading: a change committed during the catch-up read wakes the feed
        // below, so nothing falls between the catch-up and the live events.
        const missed = await readArticleEvents(db, subscriber.articleId, subscriber.afterSeq, CATCH_UP_LIMIT + 1);
        if (missed.length > CATCH_UP_LIMIT) {
          subscription.lastSeq = await readArticleHeadSeq(db, subscriber.articleId);
          subscriber.reset(subscription.lastSeq);
        } else deliverTo(subscription, missed);
      } catch (error) {
        unsubscribe();
        throw error;
      }
      subscription.isCaughtUp = true;
      void wake(subscriber.articleId);
      return unsubscribe;
    },
    /** Open streams in this process, for the shutdown and the benchmarks. */
    get streamCount() {
      let count = 0;
      for (const state of articles.values()) count += state.subscriptions.size;
      return count;
    },
    /** Ends every stream (SIGTERM): clients reconnect to another instance, or to this one when it is back. */
    closeAll() {
      for (const state of articles.values()) for (const subscription of state.subscriptions) subscription.close();
      articles.clear();
    },
    async close() {
      clearInterval(resyncTimer);
      stopSignals();
      stopResync();
      this.closeAll();
    },
  };
}

export type ArticleFeed = ReturnType<typeof createArticleFeed>;

const holder = globalThis as unknown as { factmarkArticleFeed?: ArticleFeed };

/** The process's feed over its bus, created with the first stream. */
export function getArticleFeed(): ArticleFeed {
  holder.factmarkArticleFeed ??= createArticleFeed(getLiveBus(), getDb());
  return holder.factmarkArticleFeed;
}

/** The feed if one was created (the shutdown hook must not create one). */
export const existingArticleFeed = (): ArticleFeed | undefined => holder.factmarkArticleFeed;
