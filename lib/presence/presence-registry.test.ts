import { describe, expect, it } from "vitest";
import { parsePresenceMessage, type PresenceHere } from "@/lib/presence/presence-message";
import { createPresenceRegistry } from "@/lib/presence/presence-registry";

const here = (over: Partial<PresenceHere> = {}): PresenceHere => ({
  type: "here",
  articleId: "a1",
  key: "tab-1",
  userId: "u1",
  name: "Rita",
  annotationId: null,
  activity: "viewing",
  selection: null,
  ttlMs: 8_000,
  ...over,
});

describe("presence registry", () => {
  it("keeps a tab while its heartbeats come, and forgets it once they stop for the TTL", () => {
    const registry = createPresenceRegistry();
    expect(registry.apply(here(), 0)).toBe(true);
    expect(registry.apply(here(), 5_000)).toBe(false); // a heartbeat that changes nothing shown
    expect(registry.expire(12_999)).toEqual([]);
    expect(registry.viewersOf("a1")).toHaveLength(1);
    expect(registry.expire(13_000)).toEqual(["a1"]);
    expect(registry.viewersOf("a1")).toEqual([]);
  });

  it("says a change of card or activity is a change", () => {
    const registry = createPresenceRegistry();
    registry.apply(here(), 0);
    expect(registry.apply(here({ annotationId: "n1" }), 1)).toBe(true);
    expect(registry.apply(here({ annotationId: "n1", activity: "editing" }), 2)).toBe(true);
    expect(registry.apply(here({ annotationId: "n1", activity: "editing", selection: { start: 3, end: 9 } }), 3)).toBe(true);
    expect(registry.apply(here({ annotationId: "n1", activity: "editing", selection: { start: 3, end: 9 } }), 4)).toBe(false);
    expect(registry.viewersOf("a1")).toEqual([
      { key: "tab-1", userId: "u1", name: "Rita", annotationId: "n1", activity: "editing", selection: { start: 3, end: 9 } },
    ]);
  });

  it("removes a tab at once when it says goodbye, but only for its own person", () => {
    const registry = createPresenceRegistry();
    registry.apply(here(), 0);
    registry.apply(here({ key: "tab-2", userId: "u2", name: "Ann" }), 0);
    expect(registry.apply({ type: "gone", articleId: "a1", key: "tab-1", userId: "u2" }, 1)).toBe(false);
    expect(registry.apply(here({ key: "tab-1", userId: "u2", name: "Ann" }), 1)).toBe(false);
    expect(registry.apply({ type: "gone", articleId: "a1", key: "tab-1", userId: "u1" }, 1)).toBe(true);
    expect(registry.viewersOf("a1").map((v) => v.name)).toEqual(["Ann"]);
  });

  it("keeps articles apart and lists tabs by name", () => {
    const registry = createPresenceRegistry();
    registry.apply(here({ key: "k2", userId: "u2", name: "Zoe" }), 0);
    registry.apply(here({ key: "k3", userId: "u3", name: "Abe" }), 0);
    registry.apply(here({ articleId: "a2", key: "k4" }), 0);
    expect(registry.viewersOf("a1").map((v) => v.name)).toEqual(["Abe", "Zoe"]);
    expect(registry.viewersOf("a2")).toHaveLength(1);
  });
});

describe("presence messages off the bus", () => {
  it("reads well-formed ones and refuses anything else", () => {
    expect(parsePresenceMessage(JSON.stringify(here()))).toEqual(here());
    expect(parsePresenceMessage(JSON.stringify({ type: "gone", articleId: "a", key: "k", userId: "u" }))).toEqual({
      type: "gone",
      articleId: "a",
      key: "k",
      userId: "u",
    });
    expect(parsePresenceMessage(JSON.stringify(here({ selection: { start: 1, end: 4 } })))?.type).toBe("here");
    for (const bad of [
      "",
      "null",
      "{",
      JSON.stringify(here({ ttlMs: 1e9 })),
      JSON.stringify({ ...here(), activity: "typing" }),
      JSON.stringify(here({ selection: { start: 5, end: 5 } })),
      JSON.stringify({ ...here(), selection: { start: -1, end: 2.5 } }),
    ]) {
      expect(parsePresenceMessage(bad)).toBeNull();
    }
  });
});
