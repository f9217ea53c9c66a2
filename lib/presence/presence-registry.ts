// Who has which article open, as one instance has heard it: pure (time is passed in), so the
// expiry rules are tested without waiting.
import type { PresenceMessage, PresenceViewer } from "@/lib/presence/presence-message";

type Entry = PresenceViewer & { expiresAt: number };

export type PresenceRegistry = {
  /** Applies a message; answers whether what the article's viewers see changed. */
  apply(message: PresenceMessage, now: number): boolean;
  /** Forgets tabs whose heartbeats stopped; answers the articles whose viewers changed. */
  expire(now: number): string[];
  /** The article's open tabs, in a stable order (by name, then tab). */
  viewersOf(articleId: string): PresenceViewer[];
};

const sameView = (a: PresenceViewer, b: PresenceViewer) =>
  a.userId === b.userId &&
  a.name === b.name &&
  a.annotationId === b.annotationId &&
  a.activity === b.activity &&
  a.selection?.start === b.selection?.start &&
  a.selection?.end === b.selection?.end;

export function createPresenceRegistry(): PresenceRegistry {
  const articles = new Map<string, Map<string, Entry>>();

  return {
    apply(message, now) {
      const tabs = articles.get(message.articleId) ?? new Map<string, Entry>();
      const existing = tabs.get(message.key);
      if (message.type === "gone") {
        // Only the tab's own person can take it away (keys are not secrets).
        if (!existing || existing.userId !== message.userId) return false;
        tabs.delete(message.key);
        if (tabs.size === 0) articles.delete(message.articleId);
        return true;
      }
      if (existing && existing.userId !== message.userId) return false;
      const entry: Entry = {
        key: message.key,
        userId: message.userId,
        name: message.name,
        annotationId: message.annotationId,
        activity: message.activity,
        selection: message.selection,
        expiresAt: now + message.ttlMs,
      };
      tabs.set(message.key, entry);
      articles.set(message.articleId, tabs);
      return !existing || !sameView(existing, entry);
    },
    expire(now) {
      const changed: string[] = [];
      for (const [articleId, tabs] of articles) {
        let isChanged = false;
        for (const [key, entry] of tabs) {
          if (entry.expiresAt <= now) {
            tabs.delete(key);
            isChanged = true;
          }
        }
        if (tabs.size === 0) articles.delete(articleId);
        if (isChanged) changed.push(articleId);
      }
      return changed;
    },
    viewersOf(articleId) {
      const tabs = articles.get(articleId);
      if (!tabs) return [];
      return [...tabs.values()]
        .map(({ expiresAt: _expiresAt, ...viewer }) => viewer)
        .sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
    },
  };
}
