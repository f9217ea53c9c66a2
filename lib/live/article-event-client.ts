// The browser's side of an open article's live stream, as a plain class: no React, and the
// EventSource, fetch, timers and the network state are handed in, so its tests drive it with fakes.
import type { z } from "zod";
import type { AnnotationView } from "@/lib/annotations/types";
import {
  articleEventSchema,
  changedAnnotationsSchema,
  isArticleWide,
  presenceMessageSchema,
  readyMessageSchema,
  resetMessageSchema,
  type ArticleEvent,
} from "@/lib/live/article-event";
import { readSseData } from "@/lib/live/sse";
import type { PresenceViewer } from "@/lib/presence/presence-message";

export type LiveStatus = "connecting" | "live" | "reconnecting";

/** What the live feed hands the store: the changed annotations as the server has them now. */
export type LiveChange = {
  articleRevision: number;
  annotations: AnnotationView[];
  goneIds: string[];
  /** Annotation id → the name of who changed it. */
  changedBy: Map<string, string>;
};

/** What else the stream carries beside annotation changes: comments (re-read by the threads) and presence. */
export type LiveListeners = {
  onComments?: () => void;
  onPresence?: (viewers: PresenceViewer[]) => void;
  /** The stream (re)connected: a good moment to say where this tab is. */
  onReady?: () => void;
};

export type ArticleEventHandlers = LiveListeners & {
  onStatus: (status: LiveStatus) => void;
  /** Changed annotations, in the order they changed: the store merges them under anything typed. */
  onChange: (change: LiveChange) => void;
  /** The article itself changed (text, status, assignment): its server-rendered parts re-render. */
  onArticleChanged: () => void;
};

type MessageListener = (message: { data?: unknown }) => void;
export type EventSourceLike = { addEventListener(type: string, listener: MessageListener): void; close(): void };
export type FetchLike = (url: string, init: { cache: "no-store" }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;
export type Timers = { setTimeout(callback: () => void, ms: number): unknown; clearTimeout(handle: unknown): void };
export type Network = { isOnline(): boolean; whenOnline(callback: () => void): void };

export type ArticleEventClientOptions = {
  articleId: string;
  /** The article's event seq when the page read it: the stream starts after it. */
  startSeq: number;
  /** This tab's presence key: while the stream is open, the others see this tab. */
  presenceKey?: string;
  handlers: ArticleEventHandlers;
  EventSource: new (url: string) => EventSourceLike;
  fetch: FetchLike;
  timers: Timers;
  network: Network;
};

export const RECONNECT_DELAYS_MS = [500, 1_000, 2_000, 5_000];
export const REFETCH_DELAY_MS = 1_000;

/**
 * Keeps an open article live: listens to its event stream and fetches what changed, in order,
 * one fetch at a time (so a delete and a restore cannot land the wrong way round). The stream
 * resumes from the last event seen (`?after=`), so a dropped connection catches up on everything
 * it missed, and the server's sequence numbers make an event heard twice harmless. A message that
 * does not parse is treated as a broken stream: closed and reopened after the last event applied.
 */
export class ArticleEventClient {
  private lastSeq: number;
  private source: EventSourceLike | null = null;
  private attempt = 0;
  private isDisposed = false;
  private hasConnectedBefore = false;
  private reconnectTimer: unknown;
  private fetchTimer: unknown;
  private isFetching = false;
  // What is still to fetch: annotation id → who changed it; or the whole article.
  private readonly pending = new Map<string, string>();
  private isWholeArticle = false;

  constructor(private readonly options: ArticleEventClientOptions) {
    this.lastSeq = options.startSeq;
  }

  start() {
    this.connect();
  }

  dispose() {
    this.isDisposed = true;
    this.options.timers.clearTimeout(this.reconnectTimer);
    this.options.timers.clearTimeout(this.fetchTimer);
    this.source?.close();
  }

  private get handlers() {
    return this.options.handlers;
  }

  private connect() {
    if (this.isDisposed) return;
    const { articleId, presenceKey } = this.options;
    // Our own reconnection rather than EventSource's: it resumes from the last event we applied
    // and also recovers from answers EventSource gives up on (a 502 from a proxy, a restart).
    const presence = presenceKey ? `&presence=${encodeURIComponent(presenceKey)}` : "";
    const source = new this.options.EventSource(`/api/articles/${articleId}/events?after=${this.lastSeq}${presence}`);
    this.source = source;
    const on = <T>(type: string, schema: z.ZodType<T>, hear: (data: T) => void) =>
      source.addEventListener(type, (message) => {
        const data = readSseData(schema, message);
        if (data === null) this.broke(source);
        else hear(data);
      });
    on("ready", readyMessageSchema, () => this.ready());
    on("presence", presenceMessageSchema, ({ viewers }) => this.handlers.onPresence?.(viewers));
    on("change", articleEventSchema, (event) => this.heard(event));
    on("reset", resetMessageSchema, ({ seq }) => this.reset(seq));
    source.addEventListener("error", () => this.broke(source));
  }

  private ready() {
    this.attempt = 0;
    this.handlers.onStatus("live");
    this.handlers.onReady?.();
    // Anything said while the stream was down (a comment) is caught up by the replay; the
    // threads re-read once more in case the replay was a reset.
    if (this.hasConnectedBefore) this.handlers.onComments?.();
    this.hasConnectedBefore = true;
  }

  private broke(source: EventSourceLike) {
    source.close();
    if (this.isDisposed || this.source !== source) return;
    this.handlers.onStatus("reconnecting");
    const delay = RECONNECT_DELAYS_MS[Math.min(this.attempt++, RECONNECT_DELAYS_MS.length - 1)];
    this.reconnectTimer = this.options.timers.setTimeout(() => this.connect(), delay!);
  }

  /** Too much was missed to replay: the article's annotations are read afresh. */
  private reset(seq: number) {
    this.lastSeq = seq;
    this.isWholeArticle = true;
    this.handlers.onComments?.();
    void this.fetchChanges();
  }

  private heard(event: ArticleEvent) {
    if (event.seq <= this.lastSeq) return;
    this.lastSeq = event.seq;
    const changedBy = event.actor?.name ?? "someone";
    // A comment changes no annotation: the threads re-read the discussion.
    if (event.entityType === "Comment") this.handlers.onComments?.();
    else if (isArticleWide(event)) this.isWholeArticle = true;
    else if (event.annotationId && event.current && !this.isFetching && this.pending.size === 0 && !this.isWholeArticle) {
      // The event carries the annotation as it is now, and nothing earlier is still being
      // fetched (which would have to land first): applied at once, no round trip.
      const { annotation, articleRevision } = event.current;
      this.handlers.onChange({
        articleRevision,
        annotations: annotation ? [annotation] : [],
        goneIds: annotation ? [] : [event.annotationId],
        changedBy: new Map([[event.annotationId, changedBy]]),
      });
      return;
    } else if (event.annotationId) this.pending.set(event.annotationId, changedBy);
    void this.fetchChanges();
  }

  private async fetchChanges() {
    if (this.isFetching || this.isDisposed || (!this.isWholeArticle && this.pending.size === 0)) return;
    this.isFetching = true;
    const changedBy = new Map(this.pending);
    const wholeArticle = this.isWholeArticle;
    let succeeded = false;
    this.pending.clear();
    this.isWholeArticle = false;
    try {
      const query = wholeArticle ? "" : `?ids=${[...changedBy.keys()].map(encodeURIComponent).join(",")}`;
      const response = await this.options.fetch(`/api/articles/${this.options.articleId}/annotations${query}`, { cache: "no-store" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = changedAnnotationsSchema.parse(await response.json());
      if (this.isDisposed) return;
      this.handlers.onChange({ articleRevision: data.article.revision, annotations: data.annotations, goneIds: data.goneIds, changedBy });
      if (wholeArticle) this.refreshWhenOnline();
      // What was named while this fetch was out is fetched now; after a failure, only when the retry is due.
      succeeded = true;
    } catch {
      // Not lost: put back and tried again shortly.
      for (const [id, name] of changedBy) if (!this.pending.has(id)) this.pending.set(id, name);
      this.isWholeArticle ||= wholeArticle;
      this.options.timers.clearTimeout(this.fetchTimer);
      this.fetchTimer = this.options.timers.setTimeout(() => void this.fetchChanges(), REFETCH_DELAY_MS);
    } finally {
      this.isFetching = false;
    }
    if (succeeded && (this.pending.size || this.isWholeArticle)) void this.fetchChanges();
  }

  // Never while offline: a refresh that cannot reach the server turns into a full page load
  // (Next's fallback), which would show the browser's offline page instead of the work.
  private refreshWhenOnline() {
    const { network } = this.options;
    if (network.isOnline()) {
      this.handlers.onArticleChanged();
      return;
    }
    network.whenOnline(() => {
      if (!this.isDisposed) this.handlers.onArticleChanged();
    });
  }
}
