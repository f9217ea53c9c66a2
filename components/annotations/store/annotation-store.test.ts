// The client store driven through a transport of our own instead of the server actions: it records
// every call, answers like the server in the cases used here (versions move on; a stale version
// is refused, a new source always added), and can drop or hold a request, so the queue, the
// autosave, the retries and the sources are checked call by call, on fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { annotationView } from "@/lib/annotations/annotation-view-fixture";
import type { AnnotationView, SourceView } from "@/lib/annotations/types";
import type { ActionResult } from "@/lib/errors";
import { sourceBaseOf } from "@/lib/annotations/source-merge";
import type { AnnotationTransport } from "./annotation-transport";
import { createAnnotationStore } from "./annotation-store";
import { AUTOSAVE_DELAY_MS, RETRY_DELAYS_MS } from "./autosave-timing";

type Call = { action: string; input: Record<string, unknown> };

const minutes: SourceView = {
  id: "s1",
  url: "https://example.org/minutes",
  title: "Minutes",
  publisher: null,
  accessedOn: null,
  publishedOn: null,
  archiveUrl: null,
  excerpt: null,
  stance: "CONTEXT",
  createdAt: "2026-01-01T00:00:00.000Z",
};
const minutesFields = sourceBaseOf(minutes);

/** One annotation on a pretend server. `drop` makes the next request fail on the way; `hold` keeps answers back until released. */
function fakeServer(start: AnnotationView) {
  let current = start;
  const calls: Call[] = [];
  let drops = 0;
  let held: Promise<void> | null = null;
  let release = () => {};
  const answer = (view: AnnotationView): ActionResult<AnnotationView> => ({ ok: true, data: view });
  const refuse = (message = "Someone else saved this annotation.") => ({ ok: false as const, code: "CONFLICT" as const, message, current });

  function action(name: string, handle: (input: Record<string, unknown>) => ActionResult<AnnotationView>) {
    return async (input: Record<string, unknown>) => {
      calls.push({ action: name, input });
      if (drops > 0) {
        drops--;
        throw new TypeError("Failed to fetch");
      }
      if (held) await held;
      return handle(input);
    };
  }
  const bump = (change: Partial<AnnotationView>) => (current = { ...current, ...change, version: current.version + 1 });

  const transport = {
    updateAnnotationAction: action("update", ({ version, patch }) => {
      if (version !== current.version) return refuse();
      const { verdict, ...fields } = patch as Record<string, unknown>;
      return answer(bump({ ...fields, ...(verdict !== undefined && { verdict: verdict as AnnotationView["verdict"] }) }));
    }),
    addSourceAction: action("addSource", ({ source }) =>
      answer(bump({ sources: [...current.sources, { ...minutes, ...(source as object), id: `s${current.sources.length + 1}` }] })),
    ),
    updateSourceAction: action("updateSource", ({ version, sourceId, source }) =>
      version !== current.version
        ? refuse("Someone else edited this source since you opened it.")
        : answer(bump({ sources: current.sources.map((s) => (s.id === sourceId ? { ...s, ...(source as object) } : s)) })),
    ),
    removeSourceAction: action("removeSource", ({ version, sourceId }) =>
      version !== current.version
        ? refuse("Someone else edited this source since you opened it.")
        : answer(bump({ sources: current.sources.filter((s) => s.id !== sourceId) })),
    ),
    deleteAnnotationAction: action("delete", ({ version }) => (version !== current.version ? refuse() : answer(bump({})))),
    submitAnnotationAction: action("submit", ({ version }) =>
      version !== current.version ? refuse() : answer(bump({ status: "SUBMITTED" })),
    ),
  } as unknown as AnnotationTransport;

  return {
    transport,
    calls,
    /** Someone else's save, straight on the server. */
    saveElsewhere: (change: Partial<AnnotationView>) => bump(change),
    dropNext: (count = 1) => (drops = count),
    hold: () => (held = new Promise<void>((resolve) => (release = resolve))),
    release: () => {
      held = null;
      release();
    },
  };
}

function setUp(view = annotationView({ sources: [minutes] })) {
  const server = fakeServer(view);
  const store = createAnnotationStore({ articleId: "art", articleRevision: 1, initial: [view], transport: server.transport });
  const entry = () => store.store.getState().entries.a1!;
  return { server, store, entry };
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe("autosave", () => {
  it("waits for the pause, then sends the edit once with the version and base it was typed on", async () => {
    const { server, store, entry } = setUp();
    store.edit("a1", { note: "h" });
    store.edit("a1", { note: "hello " });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(server.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toEqual([
      { action: "update", input: { annotationId: "a1", version: 1, patch: { note: "hello " }, base: { note: null } } },
    ]);
    expect(entry()).toMatchObject({ status: "saved", edits: {}, view: { version: 2, note: "hello " } });
  });

  it("keeps what is typed while a save is on its way, and sends it next on the version that save produced", async () => {
    const { server, store, entry } = setUp();
    server.hold();
    store.edit("a1", { note: "hello " });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    store.edit("a1", { note: "hello world" });
    expect(entry().status).toBe("saving");
    server.release();
    await vi.advanceTimersByTimeAsync(0);
    // The field still shows everything typed; the server's copy of the first half is under it.
    expect(entry()).toMatchObject({ status: "pending", edits: { note: "hello world" }, view: { note: "hello " } });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(server.calls.map((c) => [c.action, c.input.version, c.input.patch])).toEqual([
      ["update", 1, { note: "hello " }],
      ["update", 2, { note: "hello world" }],
    ]);
    expect(entry()).toMatchObject({ status: "saved", view: { version: 3, note: "hello world" } });
  });
});

describe("the queue", () => {
  it("saves an edit typed just before a source is added first, and the source names the version that save produced", async () => {
    const { server, store, entry } = setUp();
    store.edit("a1", { note: "See the minutes." });
    const result = await store.addSource("a1", { ...minutesFields, url: "https://example.org/budget", title: "Budget" });
    expect(result.ok).toBe(true);
    expect(server.calls.map((c) => [c.action, c.input.version])).toEqual([
      ["update", 1],
      ["addSource", 2],
    ]);
    expect(entry()).toMatchObject({ status: "saved", view: { version: 3, note: "See the minutes." } });
    expect(entry().view.sources.map((s) => s.title)).toEqual(["Minutes", "Budget"]);
    // The pause that was still running sends nothing more.
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(server.calls).toHaveLength(2);
  });

  it("runs a delete after the save before it, on the version that save produced", async () => {
    const { server, store } = setUp();
    store.edit("a1", { note: "Last words." });
    await store.remove("a1");
    expect(server.calls.map((c) => [c.action, c.input.version])).toEqual([
      ["update", 1],
      ["delete", 2],
    ]);
    expect(store.store.getState().entries.a1).toBeUndefined();
    expect(store.store.getState().undo).toMatchObject({ note: "Last words." });
  });

  it("sends two operations on one card one after the other, never at once", async () => {
    const { server, store } = setUp();
    server.hold();
    const first = store.addSource("a1", { ...minutesFields, url: "https://example.org/a" });
    const second = store.submit("a1");
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls.map((c) => c.action)).toEqual(["addSource"]);
    server.release();
    await Promise.all([first, second]);
    expect(server.calls.map((c) => [c.action, c.input.version])).toEqual([
      ["addSource", 1],
      ["submit", 2],
    ]);
  });
});

describe("retry", () => {
  it("retries a save that failed on the way after a second, with the same edit, until it arrives", async () => {
    const { server, store, entry } = setUp();
    server.dropNext(2);
    store.edit("a1", { note: "typed offline" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(entry()).toMatchObject({ status: "error", isRetryable: true, edits: { note: "typed offline" } });
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]!);
    expect(server.calls).toHaveLength(2);
    // Then less often.
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1]! - 1);
    expect(server.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls.map((c) => c.input.patch)).toEqual(Array(3).fill({ note: "typed offline" }));
    expect(entry()).toMatchObject({ status: "saved", view: { note: "typed offline" } });
  });

  it("Retry sends at once and the timer it replaces sends nothing more", async () => {
    const { server, store, entry } = setUp();
    server.dropNext();
    store.edit("a1", { note: "typed offline" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(server.calls).toHaveLength(1);
    await store.retry("a1");
    expect(server.calls).toHaveLength(2);
    expect(entry()).toMatchObject({ status: "saved", view: { note: "typed offline" } });
    // The next edit waits for its own pause: the retry timer the click replaced does not send it early.
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]! / 2);
    store.edit("a1", { note: "typed online" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(server.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls.map((c) => c.input.patch)).toEqual([
      { note: "typed offline" },
      { note: "typed offline" },
      { note: "typed online" },
    ]);
  });

  it("sends everything that failed on the way when the browser is back online", async () => {
    const { server, store, entry } = setUp();
    server.dropNext();
    store.edit("a1", { note: "typed offline" });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    store.retryAll();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toHaveLength(2);
    expect(entry().status).toBe("saved");
  });
});

describe("sources", () => {
  it("edits a source with the source as its form was opened as the base, and removes one with the source as shown", async () => {
    const { server, store } = setUp();
    await store.updateSource("a1", "s1", { ...minutesFields, title: "Minutes, 4 March" }, minutesFields);
    await store.removeSource("a1", "s1");
    expect(server.calls.map((c) => [c.action, c.input.version, c.input.base])).toEqual([
      ["updateSource", 1, minutesFields],
      ["removeSource", 2, { ...minutesFields, title: "Minutes, 4 March" }],
    ]);
  });

  it("a source change refused over the same source shows their version and keeps the fields' own state and edits", async () => {
    const { server, store, entry } = setUp();
    server.saveElsewhere({ sources: [{ ...minutes, title: "Theirs" }], note: "their note" });
    store.edit("a1", { claimText: "mine, still typing" });
    server.hold();
    const removal = store.removeSource("a1", "s1");
    store.edit("a1", { speaker: "typed meanwhile" });
    server.release();
    const result = await removal;
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: "Someone else edited this source since you opened it." });
    // Their version is under the edits; the card shows no field conflict and keeps saving the fields.
    expect(entry()).toMatchObject({ status: "pending", theirs: null, view: { version: 2, note: "their note" } });
    expect(entry().view.sources.map((s) => s.title)).toEqual(["Theirs"]);
    expect(entry().edits).toEqual({ claimText: "mine, still typing", speaker: "typed meanwhile" });
  });
});

describe("steps with nothing typed", () => {
  it("a submission on a version someone moved on takes their version, says so on the card, and goes through when taken again", async () => {
    const { server, store, entry } = setUp();
    server.saveElsewhere({ note: "their note" });
    const result = await store.submit("a1");
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    // No field conflict (nothing typed to compare): the card shows the finding as it is now, and one line.
    expect(entry()).toMatchObject({ status: "saved", theirs: null, edits: {}, view: { version: 2, note: "their note", status: "DRAFT" } });
    expect(entry().notice).toBe("Someone else saved this annotation.");
    expect(await store.submit("a1")).toMatchObject({ ok: true });
    expect(entry()).toMatchObject({ notice: null, view: { version: 3, status: "SUBMITTED" } });
    expect(server.calls.map((c) => [c.action, c.input.version])).toEqual([
      ["submit", 1],
      ["submit", 2],
    ]);
  });

  it("a deletion on a version someone moved on keeps the finding, with their change and the line on its card", async () => {
    const { server, store, entry } = setUp();
    server.saveElsewhere({ note: "their note" });
    expect(await store.remove("a1")).toBeNull();
    expect(entry()).toMatchObject({
      status: "saved",
      theirs: null,
      notice: "Someone else saved this annotation.",
      view: { note: "their note" },
    });
    // Told once, on the card: not again at the top of the panel, and nothing to undo.
    expect(store.store.getState()).toMatchObject({ error: null, undo: null });
  });
});
