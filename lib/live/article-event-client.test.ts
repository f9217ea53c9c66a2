import { afterEach, describe, expect, it } from "vitest";
import type { AnnotationView } from "@/lib/annotations/types";
import type { ArticleEvent } from "@/lib/live/article-event";
import {
  ArticleEventClient,
  RECONNECT_DELAYS_MS,
  REFETCH_DELAY_MS,
  type ArticleEventClientOptions,
  type EventSourceLike,
  type LiveChange,
  type LiveStatus,
} from "@/lib/live/article-event-client";

type Listener = (message: { data?: unknown }) => void;

class FakeEventSource implements EventSourceLike {
  static opened: FakeEventSource[] = [];
  readonly listeners = new Map<string, Listener[]>();
  isClosed = false;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.isClosed = true;
  }
  /** What the server would send; a closed source hears nothing, as in the browser. */
  emit(type: string, data: unknown) {
    if (this.isClosed) return;
    for (const listener of this.listeners.get(type) ?? []) listener({ data: typeof data === "string" ? data : JSON.stringify(data) });
  }
  fail() {
    if (this.isClosed) return;
    for (const listener of this.listeners.get("error") ?? []) listener({});
  }
}

/** Timers that run only when the test says how much time passed. */
class FakeClock {
  private now = 0;
  private next = 1;
  private readonly due = new Map<number, { at: number; callback: () => void }>();
  setTimeout(callback: () => void, ms: number) {
    const handle = this.next++;
    this.due.set(handle, { at: this.now + ms, callback });
    return handle;
  }
  clearTimeout(handle: unknown) {
    this.due.delete(handle as number);
  }
  advance(ms: number) {
    this.now += ms;
    for (const [handle, timer] of [...this.due].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > this.now) continue;
      this.due.delete(handle);
      timer.callback();
    }
  }
  get pending() {
    return this.due.size;
  }
}

/** A fetch whose answers the test releases one at a time, so "one fetch at a time" can be seen. */
class FakeFetch {
  readonly calls: { url: string; answer: (body: unknown, status?: number) => Promise<void> }[] = [];
  readonly fetch: ArticleEventClientOptions["fetch"] = (url) =>
    new Promise((resolve) => {
      this.calls.push({
        url,
        answer: async (body, status = 200) => {
          resolve({ ok: status < 400, status, json: async () => body });
          await settle();
        },
      });
    });
  get last() {
    return this.calls.at(-1)!;
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const view = (id: string, version = 1) => ({ id, version, articleId: "art1" }) as AnnotationView;

function event(seq: number, fields: Partial<ArticleEvent> = {}): ArticleEvent {
  return {
    seq,
    action: "annotation.updated",
    entityType: "Annotation",
    entityId: "a1",
    annotationId: "a1",
    actor: { id: "u2", name: "Bo" },
    at: "2025-01-01T00:00:00.000Z",
    ...fields,
  } as ArticleEvent;
}

const changed = (revision: number, annotations: AnnotationView[], goneIds: string[] = []) => ({
  article: { revision },
  annotations,
  goneIds,
});

function setUp({ startSeq = 10, isOnline = true }: { startSeq?: number; isOnline?: boolean } = {}) {
  FakeEventSource.opened = [];
  const clock = new FakeClock();
  const fetch = new FakeFetch();
  const changes: LiveChange[] = [];
  const statuses: LiveStatus[] = [];
  const heard = { comments: 0, ready: 0, refreshes: 0, presence: [] as unknown[] };
  const online: (() => void)[] = [];
  const client = new ArticleEventClient({
    articleId: "art1",
    startSeq,
    presenceKey: "tab-key-1234",
    handlers: {
      onStatus: (status) => statuses.push(status),
      onChange: (change) => changes.push(change),
      onArticleChanged: () => heard.refreshes++,
      onComments: () => heard.comments++,
      onReady: () => heard.ready++,
      onPresence: (viewers) => heard.presence.push(viewers),
    },
    EventSource: FakeEventSource,
    fetch: fetch.fetch,
    timers: clock,
    network: { isOnline: () => isOnline, whenOnline: (callback) => void online.push(callback) },
  });
  client.start();
  const source = () => FakeEventSource.opened.at(-1)!;
  const goOnline = () => {
    isOnline = true;
    for (const callback of online.splice(0)) callback();
  };
  return { client, clock, fetch, changes, statuses, heard, source, goOnline };
}

let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

function started(options?: Parameters<typeof setUp>[0]) {
  const live = setUp(options);
  dispose = () => live.client.dispose();
  return live;
}

describe("ArticleEventClient", () => {
  it("opens the stream after the page's seq, with this tab's presence key, and says when it is live", () => {
    const { source, statuses, heard } = started();
    expect(source().url).toBe("/api/articles/art1/events?after=10&presence=tab-key-1234");
    source().emit("ready", { seq: 10 });
    expect(statuses).toEqual(["live"]);
    expect(heard.ready).toBe(1);
    expect(heard.comments).toBe(0);
  });

  it("applies events that carry the annotation at once, in order, without a fetch", () => {
    const { source, changes, fetch } = started();
    source().emit("change", event(11, { current: { articleRevision: 1, annotation: view("a1", 2) } }));
    source().emit("change", event(12, { annotationId: "a2", entityId: "a2", current: { articleRevision: 1, annotation: null } }));
    expect(fetch.calls).toHaveLength(0);
    expect(changes).toEqual([
      { articleRevision: 1, annotations: [view("a1", 2)], goneIds: [], changedBy: new Map([["a1", "Bo"]]) },
      { articleRevision: 1, annotations: [], goneIds: ["a2"], changedBy: new Map([["a2", "Bo"]]) },
    ]);
  });

  it("ignores an event heard twice or older than the page", () => {
    const { source, changes } = started();
    const again = event(11, { current: { articleRevision: 1, annotation: view("a1", 2) } });
    source().emit("change", again);
    source().emit("change", again);
    source().emit("change", event(9, { current: { articleRevision: 1, annotation: view("a1", 1) } }));
    expect(changes).toHaveLength(1);
  });

  it("fetches the annotations an event names without their view, one fetch at a time, and applies them in order", async () => {
    const { source, changes, fetch } = started();
    source().emit("change", event(11));
    expect(fetch.calls.map((c) => c.url)).toEqual(["/api/articles/art1/annotations?ids=a1"]);
    // Heard while the first fetch is out: fetched after it, even the one that carries its view.
    source().emit("change", event(12, { annotationId: "a2", entityId: "a2", current: { articleRevision: 1, annotation: view("a2") } }));
    source().emit("change", event(13, { annotationId: "a3", entityId: "a3", actor: null }));
    expect(fetch.calls).toHaveLength(1);
    await fetch.last.answer(changed(1, [view("a1", 3)]));
    expect(fetch.calls.map((c) => c.url)).toEqual(["/api/articles/art1/annotations?ids=a1", "/api/articles/art1/annotations?ids=a2,a3"]);
    await fetch.last.answer(changed(1, [view("a2"), view("a3")]));
    expect(changes).toEqual([
      { articleRevision: 1, annotations: [view("a1", 3)], goneIds: [], changedBy: new Map([["a1", "Bo"]]) },
      {
        articleRevision: 1,
        annotations: [view("a2"), view("a3")],
        goneIds: [],
        changedBy: new Map([
          ["a2", "Bo"],
          ["a3", "someone"],
        ]),
      },
    ]);
  });

  it("tells the threads about a comment, and fetches nothing for it", () => {
    const { source, heard, fetch } = started();
    source().emit("change", event(11, { entityType: "Comment", entityId: "c1" }));
    expect(heard.comments).toBe(1);
    expect(fetch.calls).toHaveLength(0);
  });

  it("reads the whole article after a change to the article itself, and refreshes the page", async () => {
    const { source, fetch, changes, heard } = started();
    source().emit("change", event(11, { entityType: "Article", entityId: "art1", annotationId: null, action: "article.corrected" }));
    expect(fetch.last.url).toBe("/api/articles/art1/annotations");
    await fetch.last.answer(changed(2, [view("a1", 4)], ["a9"]));
    expect(changes).toEqual([{ articleRevision: 2, annotations: [view("a1", 4)], goneIds: ["a9"], changedBy: new Map() }]);
    expect(heard.refreshes).toBe(1);
  });

  it("refreshes the page only once back online", async () => {
    const { source, fetch, heard, goOnline } = started({ isOnline: false });
    source().emit("change", event(11, { entityType: "Article", entityId: "art1", annotationId: null }));
    await fetch.last.answer(changed(2, []));
    expect(heard.refreshes).toBe(0);
    goOnline();
    expect(heard.refreshes).toBe(1);
  });

  it("catches up after a reset: the seq moves on, the whole article is read, the threads re-read", async () => {
    const { source, fetch, heard, changes } = started();
    source().emit("reset", { seq: 500 });
    expect(heard.comments).toBe(1);
    expect(fetch.last.url).toBe("/api/articles/art1/annotations");
    await fetch.last.answer(changed(3, [view("a1", 9)]));
    expect(changes).toHaveLength(1);
    source().emit("change", event(499, { current: { articleRevision: 3, annotation: view("a1", 8) } }));
    expect(changes).toHaveLength(1);
  });

  it("puts a failed fetch back and fetches it again when the retry is due, not at once", async () => {
    const { source, fetch, changes, clock } = started();
    source().emit("change", event(11));
    await fetch.last.answer({ error: "down" }, 502);
    expect(changes).toHaveLength(0);
    // A server answering 500s at once must not be asked again as fast as it answers.
    expect(fetch.calls).toHaveLength(1);
    clock.advance(REFETCH_DELAY_MS);
    expect(fetch.calls).toHaveLength(2);
    await fetch.last.answer({ error: "down" }, 502);
    clock.advance(REFETCH_DELAY_MS - 1);
    expect(fetch.calls).toHaveLength(2);
    clock.advance(1);
    expect(fetch.calls).toHaveLength(3);
    expect(fetch.last.url).toBe("/api/articles/art1/annotations?ids=a1");
    await fetch.last.answer(changed(1, [view("a1", 2)]));
    expect(changes).toEqual([{ articleRevision: 1, annotations: [view("a1", 2)], goneIds: [], changedBy: new Map([["a1", "Bo"]]) }]);
  });

  it("treats an answer of the wrong shape as a failed fetch", async () => {
    const { source, fetch, changes } = started();
    source().emit("change", event(11));
    await fetch.last.answer({ annotations: "none" });
    expect(changes).toHaveLength(0);
    expect(fetch.last.url).toBe("/api/articles/art1/annotations?ids=a1");
  });

  it("reconnects after an error with growing delays, resuming after the last event applied", () => {
    const { source, clock, statuses, heard } = started();
    source().emit("ready", { seq: 10 });
    source().emit("change", event(11, { current: { articleRevision: 1, annotation: view("a1", 2) } }));
    const first = source();
    first.fail();
    expect(first.isClosed).toBe(true);
    expect(statuses).toEqual(["live", "reconnecting"]);
    clock.advance(RECONNECT_DELAYS_MS[0]! - 1);
    expect(FakeEventSource.opened).toHaveLength(1);
    clock.advance(1);
    expect(source().url).toBe("/api/articles/art1/events?after=11&presence=tab-key-1234");
    source().fail();
    clock.advance(RECONNECT_DELAYS_MS[1]! - 1);
    expect(FakeEventSource.opened).toHaveLength(2);
    clock.advance(1);
    expect(FakeEventSource.opened).toHaveLength(3);
    // Live again: the threads re-read what was said while the stream was down, and the delays start over.
    source().emit("ready", { seq: 11 });
    expect(statuses.at(-1)).toBe("live");
    expect(heard.comments).toBe(1);
    source().fail();
    clock.advance(RECONNECT_DELAYS_MS[0]!);
    expect(FakeEventSource.opened).toHaveLength(4);
  });

  it("treats a message that does not parse as a broken stream: closed, and reopened after the last event applied", () => {
    const { source, clock, statuses, changes } = started();
    source().emit("change", event(11, { current: { articleRevision: 1, annotation: view("a1", 2) } }));
    const first = source();
    expect(() => first.emit("change", "{not json")).not.toThrow();
    expect(first.isClosed).toBe(true);
    expect(statuses).toEqual(["reconnecting"]);
    clock.advance(RECONNECT_DELAYS_MS[0]!);
    expect(source().url).toContain("after=11&");
    // Valid JSON of the wrong shape is the same: nothing applied, nothing thrown.
    expect(() => source().emit("change", { ...event(12), seq: "12" })).not.toThrow();
    expect(() => source().emit("presence", { viewers: [{ key: 1 }] })).not.toThrow();
    expect(changes).toHaveLength(1);
    expect(source().isClosed).toBe(true);
  });

  it("hands presence on", () => {
    const { source, heard } = started();
    const viewers = [{ key: "k", userId: "u2", name: "Bo", annotationId: null, activity: "viewing", selection: { start: 1, end: 4 } }];
    source().emit("presence", { viewers });
    expect(heard.presence).toEqual([viewers]);
  });

  it("stops everything when disposed: the stream, the reconnection, the retry and late answers", async () => {
    const { client, source, clock, fetch, changes, statuses } = started();
    source().emit("change", event(11));
    const pendingFetch = fetch.last;
    source().fail();
    expect(clock.pending).toBe(1);
    client.dispose();
    expect(source().isClosed).toBe(true);
    expect(clock.pending).toBe(0);
    await pendingFetch.answer(changed(1, [view("a1", 2)]));
    clock.advance(60_000);
    expect(FakeEventSource.opened).toHaveLength(1);
    expect(changes).toHaveLength(0);
    expect(statuses).toEqual(["reconnecting"]);
  });

  it("does not refresh after being disposed, even when the network comes back", async () => {
    const { client, source, fetch, heard, goOnline } = started({ isOnline: false });
    source().emit("change", event(11, { entityType: "Article", entityId: "art1", annotationId: null }));
    await fetch.last.answer(changed(2, []));
    client.dispose();
    goOnline();
    expect(heard.refreshes).toBe(0);
  });
});
