// One contract, two implementations: every test here runs against the PostgreSQL LISTEN/NOTIFY bus
// and against the in-process bus, on the real test database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { ArticleEvent } from "@/lib/live/article-event";
import { recordAudit } from "@/lib/server/audit";
import type { PresenceMessage, PresenceViewer } from "@/lib/presence/presence-message";
import { notify } from "@/lib/server/notifications/notify";
import { createPresenceHub } from "@/lib/server/presence/presence-hub";
import { createArticleFeed } from "@/lib/server/live/article-feed";
import type { ArticleSignal, LiveBus } from "@/lib/server/live/live-bus";
import { createMemoryBus } from "@/lib/server/live/memory-bus";
import { createPostgresBus } from "@/lib/server/live/postgres-bus";
import { readArticleHeadSeq } from "@/lib/server/live/read-article-events";
import { assertTestDatabase } from "@/lib/test/database";
import { createTestArticle, createTestUser } from "@/prisma/test-factories";

let editor: Actor;
beforeAll(async () => {
  assertTestDatabase();
  editor = await createTestUser("EDITOR");
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, what: string, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(10);
  }
}

// Any event of the app's will do (recordAudit takes no other): an article's status step, numbered by its reason.
function stepEvent(articleId: string, step: number) {
  return {
    actorId: editor.id,
    action: "article.status_changed",
    entityType: "Article",
    entityId: articleId,
    articleId,
    before: { status: "IN_PROGRESS" },
    after: { status: "IN_PROGRESS", reason: `step ${step}` },
  } as const;
}

function change(articleId: string, step: number) {
  return getDb().$transaction((tx) => recordAudit(tx, stepEvent(articleId, step)));
}

const implementations: [string, () => LiveBus][] = [
  ["postgres", () => createPostgresBus(process.env.DATABASE_URL!)],
  ["memory", () => createMemoryBus()],
];

describe.each(implementations)("live bus: %s", (kind, createBus) => {
  let bus: LiveBus;
  beforeAll(async () => {
    bus = createBus();
    await bus.ready();
  });
  afterAll(() => bus.close());

  /** Signals for the article after `afterSeq` (its import's own signal may still be on its way). */
  function collect(articleId: string, afterSeq: number) {
    const heard: ArticleSignal[] = [];
    const stop = bus.subscribe((signal) => {
      if (signal.articleId === articleId && signal.seq > afterSeq) heard.push(signal);
    });
    return { heard, stop };
  }

  it("signals a committed change with its seq, only after the commit", async () => {
    const article = await createTestArticle(editor);
    const head = await readArticleHeadSeq(getDb(), article.id);
    const { heard, stop } = collect(article.id, head);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const committed = getDb().$transaction(async (tx) => {
      await recordAudit(tx, stepEvent(article.id, 0));
      await held;
    });
    await sleep(300);
    expect(heard).toEqual([]);
    release();
    await committed;
    await until(() => heard.length === 1, "the signal");
    expect(heard[0]).toEqual({ articleId: article.id, seq: head + 1 });
    stop();
  });

  it("never signals a change that rolled back", async () => {
    const article = await createTestArticle(editor);
    const head = await readArticleHeadSeq(getDb(), article.id);
    const { heard, stop } = collect(article.id, head);
    await expect(
      getDb().$transaction(async (tx) => {
        await recordAudit(tx, stepEvent(article.id, 0));
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await change(article.id, 1);
    await until(() => heard.length === 1, "the later change's signal");
    await sleep(200);
    // The rolled-back change took seq head+1 and gave it back: the committed one has it now.
    expect(heard).toEqual([{ articleId: article.id, seq: head + 1 }]);
    stop();
  });

  it("feeds every stream each event exactly once, in order, after catching up from its Last-Event-ID", async () => {
    const feed = createArticleFeed(bus, getDb());
    const article = await createTestArticle(editor);
    for (let step = 1; step <= 3; step++) await change(article.id, step);
    const head = await readArticleHeadSeq(getDb(), article.id);
    const fromStart: ArticleEvent[] = [];
    const fromHead: ArticleEvent[] = [];
    const subscriber = (into: ArticleEvent[], afterSeq: number) => ({
      articleId: article.id,
      afterSeq,
      deliver: (events: ArticleEvent[]) => into.push(...events),
      reset: () => into.push({ seq: -1 } as ArticleEvent),
      close: () => undefined,
    });
    const stopA = await feed.subscribe(subscriber(fromStart, 0));
    // 20 concurrent writers while a second stream joins halfway.
    const writers = Array.from({ length: 10 }, (_, i) => change(article.id, 10 + i));
    const stopB = await feed.subscribe(subscriber(fromHead, head));
    writers.push(...Array.from({ length: 10 }, (_, i) => change(article.id, 20 + i)));
    await Promise.all(writers);
    const finalHead = await readArticleHeadSeq(getDb(), article.id);
    expect(finalHead).toBe(head + 20);
    await until(() => fromStart.at(-1)?.seq === finalHead && fromHead.at(-1)?.seq === finalHead, "both streams to reach the head");
    expect(fromStart.map((e) => e.seq)).toEqual(Array.from({ length: finalHead }, (_, i) => i + 1));
    expect(fromHead.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => head + 1 + i));
    expect(fromHead[0]).toMatchObject({
      action: "article.status_changed",
      entityType: "Article",
      actor: { id: editor.id, name: editor.name },
    });
    expect(feed.streamCount).toBe(2);
    stopA();
    stopB();
    expect(feed.streamCount).toBe(0);
    await feed.close();
  });

  it("signals a notification's recipient once the transaction commits, never on rollback", async () => {
    const article = await createTestArticle(editor);
    const recipient = await createTestUser("REVIEWER");
    const heard: string[] = [];
    const stop = bus.onUserSignal((userId) => userId === recipient.id && heard.push(userId));
    await expect(
      getDb().$transaction(async (tx) => {
        await notify(tx, { userIds: [recipient.id], kind: "MENTIONED", actorId: editor.id, articleId: article.id, message: "no" });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await getDb().$transaction((tx) =>
      notify(tx, { userIds: [recipient.id], kind: "MENTIONED", actorId: editor.id, articleId: article.id, message: "yes" }),
    );
    await until(() => heard.length === 1, "the recipient's signal");
    await sleep(200);
    expect(heard).toEqual([recipient.id]);
    stop();
  });

  it("carries presence messages to every listener, the publishing instance included", async () => {
    const heard: PresenceMessage[] = [];
    const stop = bus.onPresence((message) => message.articleId === "presence-test" && heard.push(message));
    const here: PresenceMessage = {
      type: "here",
      articleId: "presence-test",
      key: "tab-12345678",
      userId: editor.id,
      name: editor.name,
      annotationId: null,
      activity: "viewing",
      selection: null,
      ttlMs: 8_000,
    };
    bus.publishPresence(here);
    bus.publishPresence({ type: "gone", articleId: "presence-test", key: "tab-12345678", userId: editor.id });
    await until(() => heard.length === 2, "both presence messages");
    expect(heard).toEqual([here, { type: "gone", articleId: "presence-test", key: "tab-12345678", userId: editor.id }]);
    stop();
  });

  // The in-process bus serves one process by design (the embedded database cannot LISTEN).
  it.runIf(kind === "postgres")("reaches a second instance (another LISTEN connection) on the same database", async () => {
    const other = createPostgresBus(process.env.DATABASE_URL!);
    await other.ready();
    const article = await createTestArticle(editor);
    const head = await readArticleHeadSeq(getDb(), article.id);
    const heard: ArticleSignal[] = [];
    other.subscribe((signal) => signal.articleId === article.id && signal.seq > head && heard.push(signal));
    await change(article.id, 1);
    await until(() => heard.length === 1, "the other instance's signal");
    // Presence from this instance reaches the other, and the other's hub expires it by itself.
    const hub = createPresenceHub(other);
    const seen: PresenceViewer[][] = [];
    const stopWatching = hub.watch(article.id, (viewers) => seen.push(viewers));
    bus.publishPresence({
      type: "here",
      articleId: article.id,
      key: "tab-87654321",
      userId: editor.id,
      name: editor.name,
      annotationId: null,
      activity: "editing",
      selection: { start: 0, end: 11 },
      ttlMs: 300,
    });
    await until(() => seen.at(-1)?.length === 1, "the other instance to see the tab");
    expect(seen.at(-1)).toEqual([
      {
        key: "tab-87654321",
        userId: editor.id,
        name: editor.name,
        annotationId: null,
        activity: "editing",
        selection: { start: 0, end: 11 },
      },
    ]);
    await until(() => seen.at(-1)?.length === 0, "the tab to expire without heartbeats");
    stopWatching();
    hub.close();
    await other.close();
  });
});
