import { describe, expect, it } from "vitest";
import { annotationView } from "@/lib/annotations/annotation-view-fixture";
import {
  edited,
  failed,
  goneLive,
  initialState,
  receivedLive,
  resolvedConflict,
  shown,
  startSending,
  succeeded,
  type WorkbenchState,
} from "./workbench-state";

// Other people's changes arriving live, merged with what this reviewer has typed and not saved.

const view = annotationView;

const entry = (state: WorkbenchState, id = "a1") => state.entries[id]!;

describe("receivedLive", () => {
  it("updates a card with nothing typed in place (its fields follow the view; the rationale editor stays mounted)", () => {
    const before = initialState([view()]);
    const after = receivedLive(before, view({ version: 2, claimText: "Theirs" }), "Bo");
    expect(entry(after).view.claimText).toBe("Theirs");
    expect(entry(after).status).toBe("saved");
    expect(entry(after).generation).toBe(entry(before).generation);
    expect(entry(after).theirs).toBeNull();
  });

  it("keeps unsaved edits and shows both versions, naming who changed it", () => {
    const typing = edited(initialState([view()]), "a1", { note: "mine" });
    const after = receivedLive(typing, view({ version: 2, note: "theirs" }), "Bo");
    expect(entry(after).edits).toEqual({ note: "mine" });
    expect(entry(after).status).toBe("conflict");
    expect(entry(after).theirs?.note).toBe("theirs");
    expect(entry(after).changedBy).toBe("Bo");
    expect(entry(after).message).toBe("Changed by Bo just now.");
    expect(shown(entry(after)).note).toBe("mine");
    // Nothing is sent while the reviewer chooses.
    expect(startSending(after, "a1").patch).toBeNull();
  });

  it("lets the reviewer keep theirs or build the edits on their version", () => {
    const clash = receivedLive(edited(initialState([view()]), "a1", { note: "mine" }), view({ version: 2, note: "theirs" }), "Bo");
    const kept = resolvedConflict(clash, "a1", "theirs");
    expect(entry(kept).view).toMatchObject({ version: 2, note: "theirs" });
    expect(entry(kept).edits).toEqual({});
    const mine = resolvedConflict(clash, "a1", "mine");
    expect(entry(mine).view.version).toBe(2);
    expect(startSending(mine, "a1").patch).toEqual({ note: "mine" });
  });

  it("takes a yet newer version into the open conflict", () => {
    let state = edited(initialState([view()]), "a1", { note: "mine" });
    state = receivedLive(state, view({ version: 2, note: "theirs" }), "Bo");
    state = receivedLive(state, view({ version: 3, note: "theirs again" }), "Cy");
    expect(entry(state).theirs?.version).toBe(3);
    expect(entry(state).message).toBe("Changed by Cy just now.");
    expect(entry(state).edits).toEqual({ note: "mine" });
  });

  it("ignores versions it already has, so an event heard twice or late changes nothing", () => {
    const state = initialState([view({ version: 3 })]);
    expect(receivedLive(state, view({ version: 3, note: "x" }), "Bo")).toBe(state);
    expect(receivedLive(state, view({ version: 2, note: "x" }), "Bo")).toBe(state);
  });

  it("leaves a card alone while its own save is on the way: that answer decides", () => {
    const sending = startSending(edited(initialState([view()]), "a1", { note: "mine" }), "a1").state;
    const echo = receivedLive(sending, view({ version: 2, note: "mine" }), "Me");
    expect(entry(echo).view.version).toBe(1);
    expect(entry(echo).status).toBe("saving");
    const saved = succeeded(echo, "a1", view({ version: 2, note: "mine" }));
    expect(entry(saved).status).toBe("saved");
    expect(entry(saved).theirs).toBeNull();
  });

  it("adds an annotation someone else created", () => {
    const state = receivedLive(initialState([view()]), view({ id: "a2", start: 6, end: 11, exact: "world" }), "Bo");
    expect(Object.keys(state.entries).sort()).toEqual(["a1", "a2"]);
  });

  it("moves a highlight re-anchored by a correction even though its version stayed", () => {
    const typing = edited(initialState([view()]), "a1", { note: "mine" });
    const moved = receivedLive(typing, view({ start: 10, end: 15, prefix: "Corrected ", articleRevision: 2 }), "Ed");
    expect(entry(moved).view).toMatchObject({ start: 10, end: 15, articleRevision: 2, version: 1 });
    expect(entry(moved).edits).toEqual({ note: "mine" });
    expect(entry(moved).status).toBe("pending");
  });
});

describe("receivedLive with edits in other fields", () => {
  it("takes their change underneath and keeps typing: no conflict when the fields differ", () => {
    const typing = edited(initialState([view()]), "a1", { note: "mine" });
    const after = receivedLive(typing, view({ version: 2, verdict: { rating: "FALSE", rationale: null } }), "Bo");
    expect(entry(after).status).toBe("pending");
    expect(entry(after).theirs).toBeNull();
    expect(entry(after).view.version).toBe(2);
    expect(shown(entry(after))).toMatchObject({ note: "mine", verdict: { rating: "FALSE" } });
    // The next save names their version.
    expect(startSending(after, "a1").state.entries.a1!.view.version).toBe(2);
  });
});

describe("receivedLive with the verdict's rating and rationale apart", () => {
  const why = (text: string) => ({
    type: "doc" as const,
    content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text }] }],
  });
  const rated = () => initialState([view({ verdict: { rating: "TRUE", rationale: why("Ours") } })]);

  it("takes their rating under a rationale being written, and shows both", () => {
    const typing = edited(rated(), "a1", { verdict: { rationale: why("Mine") } });
    const after = receivedLive(typing, view({ version: 2, verdict: { rating: "FALSE", rationale: why("Ours") } }), "Bo");
    expect(entry(after).status).toBe("pending");
    expect(shown(entry(after)).verdict).toEqual({ rating: "FALSE", rationale: why("Mine") });
    // The rationale editor is not remounted under the caret.
    expect(entry(after).generation).toBe(0);
  });

  it("takes their rationale under a rating being chosen, and remounts the rationale editor with it", () => {
    const choosing = edited(rated(), "a1", { verdict: { rating: "MIXED" } });
    const after = receivedLive(choosing, view({ version: 2, verdict: { rating: "TRUE", rationale: why("Theirs") } }), "Bo");
    expect(entry(after).status).toBe("pending");
    expect(shown(entry(after)).verdict).toEqual({ rating: "MIXED", rationale: why("Theirs") });
    expect(entry(after).generation).toBe(1);
  });

  it("shows two rationales as a conflict of the rationale", () => {
    const typing = edited(rated(), "a1", { verdict: { rationale: why("Mine") } });
    const after = receivedLive(typing, view({ version: 2, verdict: { rating: "TRUE", rationale: why("Theirs") } }), "Bo");
    expect(entry(after).status).toBe("conflict");
  });

  it("keeps a rationale typed after the rating, and a rating chosen after the rationale, as one edit", () => {
    let state = edited(rated(), "a1", { verdict: { rating: "MIXED" } });
    state = edited(state, "a1", { verdict: { rationale: why("Mine") } });
    expect(entry(state).edits).toEqual({ verdict: { rating: "MIXED", rationale: why("Mine") } });
    state = edited(state, "a1", { verdict: null });
    expect(entry(state).edits).toEqual({ verdict: null });
  });

  it("confirms the rating sent and keeps the rationale typed while it was on its way", () => {
    const sent = startSending(edited(rated(), "a1", { verdict: { rating: "MIXED" } }), "a1").state;
    const typed = edited(sent, "a1", { verdict: { rationale: why("Mine") } });
    const after = succeeded(typed, "a1", view({ version: 2, verdict: { rating: "MIXED", rationale: why("Ours") } }));
    expect(entry(after).edits).toEqual({ verdict: { rationale: why("Mine") } });
    expect(shown(entry(after)).verdict).toEqual({ rating: "MIXED", rationale: why("Mine") });
  });
});

describe("a card with nothing typed keeps its rationale editor while others change other fields", () => {
  it("remounts the rationale editor only when the rationale itself changed", () => {
    const state = initialState([view({ verdict: { rating: "TRUE", rationale: null } })]);
    const noteOnly = receivedLive(state, view({ version: 2, note: "theirs", verdict: { rating: "TRUE", rationale: null } }), "Bo");
    expect(entry(noteOnly).view.note).toBe("theirs");
    expect(entry(noteOnly).generation).toBe(0);
    const rationale = { type: "doc" as const, content: [] };
    const withRationale = receivedLive(noteOnly, view({ version: 3, verdict: { rating: "TRUE", rationale } }), "Bo");
    expect(entry(withRationale).generation).toBe(1);
  });
});

describe("a change heard while our own save is on its way", () => {
  const sendingNote = () => startSending(edited(initialState([view()]), "a1", { note: "mine" }), "a1").state;

  it("is shown once the save fails on the way, with the unsaved edit kept", () => {
    const heard = receivedLive(sendingNote(), view({ version: 2, note: "theirs" }), "Bo");
    const after = failed(heard, "a1", { ok: false, code: "UNAVAILABLE", message: "offline" });
    expect(entry(after).status).toBe("conflict");
    expect(entry(after).theirs?.note).toBe("theirs");
    expect(entry(after).message).toBe("Changed by Bo just now.");
    expect(entry(after).edits).toEqual({ note: "mine" });
    expect(entry(after).heard).toBeNull();
  });

  it("lands in place after our save when it came later than ours", () => {
    const heard = receivedLive(sendingNote(), view({ version: 3, note: "mine", claimText: "theirs" }), "Bo");
    const after = succeeded(heard, "a1", view({ version: 2, note: "mine" }));
    expect(entry(after).view).toMatchObject({ version: 3, claimText: "theirs", note: "mine" });
    expect(entry(after).status).toBe("saved");
  });

  it("is dropped when our save's answer is already newer", () => {
    const heard = receivedLive(sendingNote(), view({ version: 2, note: "theirs" }), "Bo");
    const after = succeeded(heard, "a1", view({ version: 3, note: "mine" }));
    expect(entry(after).view).toMatchObject({ version: 3, note: "mine" });
    expect(entry(after).status).toBe("saved");
  });
});

describe("goneLive", () => {
  it("drops a card deleted elsewhere", () => {
    expect(goneLive(initialState([view()]), "a1", "Bo").entries).toEqual({});
  });

  it("keeps a card with unsaved text and says what happened", () => {
    const state = goneLive(edited(initialState([view()]), "a1", { note: "mine" }), "a1", "Bo");
    expect(entry(state).edits).toEqual({ note: "mine" });
    expect(entry(state).message).toMatch(/^Deleted by Bo just now/);
  });
});
