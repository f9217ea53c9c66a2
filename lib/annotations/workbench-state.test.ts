import { describe, expect, it } from "vitest";
import { annotationView } from "@/lib/annotations/annotation-view-fixture";
import {
  createFailed,
  createSettled,
  createStarted,
  edited,
  failed,
  hasUnsavedEdits,
  inReadingOrder,
  initialState,
  received,
  removed,
  resolvedConflict,
  shown,
  startSending,
  succeeded,
} from "./workbench-state";

const view = annotationView;
const rationaleText = {
  type: "doc" as const,
  content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: "Voted 2.99" }] }],
};

describe("workbench state", () => {
  it("keeps an edit typed while the previous save was on its way, and confirms only what was sent", () => {
    let state = edited(initialState([view()]), "a1", { note: "first" });
    const sent = startSending(state, "a1");
    expect(sent.patch).toEqual({ note: "first" });
    state = edited(sent.state, "a1", { note: "first, then more" });
    state = succeeded(state, "a1", view({ note: "first", version: 2 }));
    const entry = state.entries.a1!;
    expect(entry.view).toMatchObject({ note: "first", version: 2 });
    expect(entry.edits).toEqual({ note: "first, then more" });
    expect(entry.status).toBe("pending");
    expect(shown(entry).note).toBe("first, then more");
  });

  it("keeps every edit when the save is not delivered, and marks it retryable", () => {
    let state = edited(initialState([view()]), "a1", { note: "typed offline" });
    state = startSending(state, "a1").state;
    state = failed(state, "a1", { ok: false, code: "UNAVAILABLE", message: "You are offline." });
    const entry = state.entries.a1!;
    expect(entry).toMatchObject({ status: "error", isRetryable: true, edits: { note: "typed offline" }, message: "You are offline." });
    expect(startSending(state, "a1").patch).toEqual({ note: "typed offline" });
    expect(hasUnsavedEdits(state)).toBe(true);
  });

  it("shows a refused save beside their version; keeping theirs drops the edits, keeping mine rebases them", () => {
    let state = edited(initialState([view()]), "a1", { note: "mine" });
    state = startSending(state, "a1").state;
    const theirs = view({ note: "theirs", version: 3 });
    state = failed(state, "a1", { ok: false, code: "CONFLICT", message: "Someone else saved", current: theirs });
    expect(state.entries.a1).toMatchObject({ status: "conflict", theirs, edits: { note: "mine" } });

    const keptTheirs = resolvedConflict(state, "a1", "theirs").entries.a1!;
    expect(keptTheirs).toMatchObject({ view: theirs, edits: {}, status: "saved", generation: 1 });

    const keptMine = resolvedConflict(state, "a1", "mine").entries.a1!;
    expect(keptMine).toMatchObject({ view: { version: 3 }, edits: { note: "mine" }, status: "pending", theirs: null });
  });

  it("shows a conflict when the save's answer carries someone else's change to a field typed meanwhile", () => {
    // Our note was merged into their version, which changed the verdict the reviewer is choosing.
    let state = startSending(edited(initialState([view()]), "a1", { note: "mine" }), "a1").state;
    state = edited(state, "a1", { verdict: { rating: "FALSE" } });
    state = succeeded(state, "a1", view({ version: 3, note: "mine", verdict: { rating: "TRUE", rationale: null } }));
    expect(state.entries.a1).toMatchObject({ status: "conflict", edits: { verdict: { rating: "FALSE" } }, theirs: { version: 3 } });
    expect(startSending(state, "a1").patch).toBeNull();
  });

  it("confirms a reviewer's own rating and keeps the rationale they typed meanwhile pending, not in conflict", () => {
    // One person: the rating is on its way (the claim had no verdict yet) while they type the rationale.
    let state = startSending(edited(initialState([view()]), "a1", { verdict: { rating: "FALSE" } }), "a1").state;
    state = edited(state, "a1", { verdict: { rationale: rationaleText } });
    state = succeeded(state, "a1", view({ version: 2, verdict: { rating: "FALSE", rationale: null } }));
    expect(state.entries.a1).toMatchObject({ status: "pending", theirs: null, edits: { verdict: { rationale: rationaleText } } });
  });

  it("ignores a server view older than or equal to the one it has, so a late or repeated event changes nothing", () => {
    const state = received(initialState([view({ version: 4, note: "new" })]), view({ version: 3, note: "old" }));
    expect(state.entries.a1!.view.note).toBe("new");
    expect(received(state, view({ version: 4, note: "new" }))).toBe(state);
  });

  it("lands a newer server view under the reviewer's unsaved edits", () => {
    let state = edited(initialState([view()]), "a1", { note: "mine" });
    state = received(state, view({ version: 2, speaker: "x", claimText: "Theirs" }));
    expect(shown(state.entries.a1!)).toMatchObject({ claimText: "Theirs", note: "mine", version: 2 });
  });

  it("shows a verdict edit over the stored rationale until the rationale itself is edited", () => {
    const rationale = { type: "doc" as const, content: [] };
    const state = edited(initialState([view({ verdict: { rating: "TRUE", rationale } })]), "a1", { verdict: { rating: "FALSE" } });
    expect(shown(state.entries.a1!).verdict).toEqual({ rating: "FALSE", rationale });
  });

  it("keeps a create that failed on the way until it is retried, and replaces it by the server's row", () => {
    let state = createStarted(initialState([]), { clientRequestId: "r1", kind: "QUOTE", start: 1, end: 4, exact: "ell" });
    state = createFailed(state, "r1", "You are offline.");
    expect(state.creates).toMatchObject([{ clientRequestId: "r1", error: "You are offline." }]);
    state = createStarted(state, { clientRequestId: "r1", kind: "QUOTE", start: 1, end: 4, exact: "ell" });
    expect(state.creates).toMatchObject([{ error: null }]);
    state = createSettled(state, "r1", view({ id: "a9", kind: "QUOTE" }));
    expect(state.creates).toEqual([]);
    expect(Object.keys(state.entries)).toEqual(["a9"]);
  });

  it("lists annotations in reading order and forgets removed ones", () => {
    const state = initialState([
      view({ id: "b", start: 10, end: 12 }),
      view({ id: "a", start: 0, end: 3 }),
      view({ id: "c", start: 0, end: 9 }),
    ]);
    expect(inReadingOrder(state).map((a) => a.id)).toEqual(["c", "a", "b"]);
    expect(inReadingOrder(removed(state, "a")).map((a) => a.id)).toEqual(["c", "b"]);
  });
});

describe("a rating copied from an earlier fact-check", () => {
  const copied = { factCheckId: "fc1", publisher: "PolitiFact", ratingName: "Pants on Fire!" };

  it("shows as a draft at once, and with whose rating it was once the server answers", () => {
    let state = edited(initialState([view()]), "a1", { verdict: { rating: "FALSE", copiedFromFactCheckId: "fc1" } });
    expect(shown(state.entries.a1!).verdict).toEqual({
      rating: "FALSE",
      rationale: null,
      copiedFrom: { factCheckId: "fc1", publisher: null, ratingName: null },
    });
    state = startSending(state, "a1").state;
    state = succeeded(state, "a1", view({ version: 2, verdict: { rating: "FALSE", rationale: null, copiedFrom: copied } }));
    expect(shown(state.entries.a1!).verdict).toEqual({ rating: "FALSE", rationale: null, copiedFrom: copied });
  });

  it("keeps the mark while the rationale is written, and loses it when a person sets the rating", () => {
    const start = initialState([view({ verdict: { rating: "FALSE", rationale: null, copiedFrom: copied } })]);
    const writing = edited(start, "a1", { verdict: { rationale: rationaleText } });
    expect(shown(writing.entries.a1!).verdict?.copiedFrom).toEqual(copied);
    const byHand = edited(writing, "a1", { verdict: { rating: "MOSTLY_FALSE" } });
    expect(byHand.entries.a1!.edits).toEqual({ verdict: { rationale: rationaleText, rating: "MOSTLY_FALSE" } });
    expect(shown(byHand.entries.a1!).verdict).toEqual({ rating: "MOSTLY_FALSE", rationale: rationaleText });
  });

  it("drops a copied mark still unsent when the rating is then set by hand", () => {
    const state = edited(edited(initialState([view()]), "a1", { verdict: { rating: "FALSE", copiedFromFactCheckId: "fc1" } }), "a1", {
      verdict: { rating: "TRUE" },
    });
    expect(startSending(state, "a1").patch).toEqual({ verdict: { rating: "TRUE" } });
  });

  it("sends a rating set by hand after a copy went out, to clear the mark, and a copy of the same rating with its rating", () => {
    // Copied, sent; set by hand meanwhile: the hand's rating goes next, without the mark.
    let state = edited(initialState([view()]), "a1", { verdict: { rating: "FALSE", copiedFromFactCheckId: "fc1" } });
    state = startSending(state, "a1").state;
    state = edited(state, "a1", { verdict: { rating: "MIXED" } });
    state = succeeded(state, "a1", view({ version: 2, verdict: { rating: "FALSE", rationale: null, copiedFrom: copied } }));
    expect(startSending(state, "a1").patch).toEqual({ verdict: { rating: "MIXED" } });

    // Set by hand, sent; the same rating copied meanwhile: the mark goes next, with its rating.
    let again = edited(initialState([view()]), "a1", { verdict: { rating: "FALSE" } });
    again = startSending(again, "a1").state;
    again = edited(again, "a1", { verdict: { rating: "FALSE", copiedFromFactCheckId: "fc1" } });
    again = succeeded(again, "a1", view({ version: 2, verdict: { rating: "FALSE", rationale: null } }));
    expect(startSending(again, "a1").patch).toEqual({ verdict: { rating: "FALSE", copiedFromFactCheckId: "fc1" } });
  });
});
