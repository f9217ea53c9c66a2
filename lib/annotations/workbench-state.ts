// The annotations of one open article as the browser holds them: pure transitions, no React, no
// network. Each annotation keeps the last version the server confirmed (`view`) apart from what
// the reviewer typed and the server has not confirmed yet (`edits`), so nothing typed is lost
// whatever the server answers, and a change that arrives from the server (a save of our own, a
// reload, later other people's live edits) lands under the edits instead of over them.
import { changedFields, patchedFields } from "@/lib/annotations/field-merge";
import type { AnnotationView, CopiedRating } from "@/lib/annotations/types";
import type { AnnotationKind } from "@/lib/enums";
import type { ActionConflict, ActionFailure } from "@/lib/errors";
import type { AnnotationPatch } from "@/lib/validation/annotation";

export type SaveStatus = "saved" | "pending" | "saving" | "error" | "conflict";

export type AnnotationEntry = {
  /** The annotation as the server last confirmed it; its version is the one the next change names. */
  view: AnnotationView;
  /** Typed but not confirmed yet (waiting for the pause, or on its way): shown over `view`. */
  edits: AnnotationPatch;
  /** The patch on its way to the server, if any. */
  sending: AnnotationPatch | null;
  status: SaveStatus;
  message: string | null;
  /** The failure was on the way (offline, 500): it is worth retrying as it is. */
  isRetryable: boolean;
  /** A refused save: the other version, to show beside the edits. */
  theirs: AnnotationView | null;
  /** Bumped when the card takes another version wholesale, so uncontrolled editors remount with it. */
  generation: number;
  /** Who changed it under the reviewer's unsaved edits, for "Changed by <name> just now"; null for a refused save. */
  changedBy: string | null;
  /** Someone else's version heard while a save of ours was on its way: applied once that save's answer is in. */
  heard: { view: AnnotationView; byName: string } | null;
  /** A step with nothing typed (a submission, a deletion) refused because the finding changed first: one line saying so. */
  notice: string | null;
};

/** A highlight drawn before the server confirmed it. */
export type PendingCreate = {
  clientRequestId: string;
  kind: AnnotationKind;
  start: number;
  end: number;
  exact: string;
  /** Set when the request failed on the way; the highlight stays and is retried with the same id. */
  error: string | null;
};

export type WorkbenchState = { entries: Record<string, AnnotationEntry>; creates: PendingCreate[] };

const entryOf = (view: AnnotationView): AnnotationEntry => ({
  view,
  edits: {},
  sending: null,
  status: "saved",
  message: null,
  isRetryable: false,
  theirs: null,
  generation: 0,
  changedBy: null,
  heard: null,
  notice: null,
});

export function initialState(views: AnnotationView[]): WorkbenchState {
  return { entries: Object.fromEntries(views.map((view) => [view.id, entryOf(view)])), creates: [] };
}

function patchEntry(state: WorkbenchState, id: string, change: (entry: AnnotationEntry) => AnnotationEntry): WorkbenchState {
  const entry = state.entries[id];
  return entry ? { ...state, entries: { ...state.entries, [id]: change(entry) } } : state;
}

const hasKeys = (patch: object) => Object.keys(patch).length > 0;

/** A newer version from the server replaces the confirmed view; older or equal ones are ignored, so events can arrive twice or late. */
export function received(state: WorkbenchState, view: AnnotationView): WorkbenchState {
  const entry = state.entries[view.id];
  if (!entry) return { ...state, entries: { ...state.entries, [view.id]: entryOf(view) } };
  if (view.version <= entry.view.version) return state;
  return patchEntry(state, view.id, (e) => ({ ...e, view }));
}

/** Anchor fields a correction moves without a new version (the text moved, not the finding). */
const ANCHOR_FIELDS = ["start", "end", "exact", "prefix", "suffix", "articleRevision", "orphanedAt"] as const;

/**
 * Someone else's change, heard live. A card with nothing typed takes it in place (its editors
 * remount with the new text), and so does a card whose edits are in other fields than the ones
 * they changed (the three-way merge the server does too). A card whose typed fields they changed
 * too keeps its edits and shows both versions
 * ("Changed by <name> just now") in the conflict view, so nothing typed is lost and nothing is
 * overwritten blindly. Old, repeated or own echoes are ignored: while a save of ours is on its
 * way, its answer (our version, or the conflict with theirs) is the one that counts.
 */
export function receivedLive(state: WorkbenchState, view: AnnotationView, byName: string): WorkbenchState {
  const entry = state.entries[view.id];
  if (!entry) return received(state, view);
  if (view.version <= entry.view.version) {
    // A correction re-anchors highlights without moving the version: take the new position only.
    if (view.version < entry.view.version || view.articleRevision <= entry.view.articleRevision) return state;
    return patchEntry(state, view.id, (e) => ({ ...e, view: { ...e.view, ...pickAnchor(view) } }));
  }
  if (entry.sending || entry.status === "saving") {
    // Our save's answer comes first; if it fails on the way, this version must still be shown.
    if (entry.heard && entry.heard.view.version >= view.version) return state;
    return patchEntry(state, view.id, (e) => ({ ...e, heard: { view, byName } }));
  }
  const typed = patchedFields(entry.edits);
  // The rationale editor keeps its own text: it is remounted only to show a rationale of theirs,
  // never while the reviewer types in it, and never for a change elsewhere on the card.
  const bump = !typed.includes("rationale") && changedFields(["rationale"], entry.view, view).length ? 1 : 0;
  if (typed.length && changedFields(typed, entry.view, view).length === 0) {
    // They changed other fields than the ones being typed: take theirs underneath, keep typing.
    return patchEntry(state, view.id, (e) => ({ ...e, view, generation: e.generation + bump }));
  }
  if (typed.length) {
    return patchEntry(state, view.id, (e) => ({
      ...e,
      status: "conflict",
      theirs: view,
      changedBy: byName,
      message: `Changed by ${byName} just now.`,
      isRetryable: false,
    }));
  }
  return patchEntry(state, view.id, (e) => ({ ...e, view, theirs: null, changedBy: null, generation: e.generation + bump }));
}

/** Deleted by someone else: gone from the panel, unless the reviewer has unsaved edits in it, which stay with a message. */
export function goneLive(state: WorkbenchState, id: string, byName: string): WorkbenchState {
  const entry = state.entries[id];
  if (!entry) return state;
  if (!hasKeys(entry.edits)) return removed(state, id);
  return patchEntry(state, id, (e) => ({
    ...e,
    status: "error",
    isRetryable: false,
    message: `Deleted by ${byName} just now. Your unsaved text is still here: copy it before you close the card.`,
  }));
}

function pickAnchor(view: AnnotationView): Partial<AnnotationView> {
  return Object.fromEntries(ANCHOR_FIELDS.map((field) => [field, view[field]]));
}

export function removed(state: WorkbenchState, id: string): WorkbenchState {
  if (!state.entries[id]) return state;
  const { [id]: _gone, ...entries } = state.entries;
  return { ...state, entries };
}

export function edited(state: WorkbenchState, id: string, patch: AnnotationPatch): WorkbenchState {
  return patchEntry(state, id, (e) => ({
    ...e,
    edits: withEdit(e.edits, patch),
    // A conflict stays on screen until the reviewer chooses; further typing joins "mine".
    status: e.status === "conflict" ? "conflict" : e.status === "saving" ? "saving" : "pending",
  }));
}

/** What to send now: every edit not confirmed yet (re-sending one already on its way is harmless: same values). */
export function startSending(state: WorkbenchState, id: string): { state: WorkbenchState; patch: AnnotationPatch | null } {
  const entry = state.entries[id];
  // During a conflict nothing is sent until the reviewer chooses: it would only be refused again.
  if (!entry || !hasKeys(entry.edits) || entry.status === "conflict") return { state, patch: null };
  const patch = entry.edits;
  return { state: patchEntry(state, id, (e) => ({ ...e, sending: patch, status: "saving", message: null })), patch };
}

/**
 * The operation went through: take the server's view, and keep only edits typed after the patch
 * left. The answer may carry other people's changes too (the server merged ours into their
 * version): one to a field still being typed here is shown as a conflict, as a live one would be.
 */
export function succeeded(state: WorkbenchState, id: string, view: AnnotationView): WorkbenchState {
  const before = state.entries[id]?.view;
  const next = received(state, view);
  return replayHeard(
    patchEntry(next, id, (e) => {
      const edits = e.sending ? withoutSent(e.edits, e.sending) : e.edits;
      const settled = { ...e, edits, sending: null, message: null, isRetryable: false, changedBy: null, notice: null };
      const sent = e.sending ? patchedFields(e.sending) : [];
      const isNewer = before !== undefined && view.version > before.version;
      const theirs = isNewer ? changedFields(patchedFields(edits), before, view).filter((field) => !sent.includes(field)) : [];
      if (theirs.length) return { ...settled, status: "conflict", theirs: view, message: CHANGED_MEANWHILE };
      return { ...settled, status: hasKeys(edits) ? "pending" : "saved", theirs: null };
    }),
    id,
  );
}

const CHANGED_MEANWHILE = "Someone else changed a field you are editing while your change was on its way.";

/** After a save's answer: the version heard meanwhile, if still newer, lands as any live change does. */
function replayHeard(state: WorkbenchState, id: string): WorkbenchState {
  const heard = state.entries[id]?.heard;
  if (!heard) return state;
  const cleared = patchEntry(state, id, (e) => ({ ...e, heard: null }));
  const theirs = cleared.entries[id]!.theirs;
  // A refused save already shows the newest version there is.
  if (theirs && theirs.version >= heard.view.version) return cleared;
  return receivedLive(cleared, heard.view, heard.byName);
}

/**
 * Refused or not delivered: every edit stays, and the card says why. A failed save is retryable
 * when it failed on the way; an operation that is not an edit (a source, a submission) is retried
 * by the reviewer, so `isRetryable` can be turned off for it.
 */
export function failed(
  state: WorkbenchState,
  id: string,
  result: ActionConflict<AnnotationView> | ActionFailure,
  isRetryable = result.code === "UNAVAILABLE",
): WorkbenchState {
  const next = patchEntry(state, id, (e) => {
    if (result.code === "CONFLICT" && result.current) {
      return {
        ...e,
        notice: null,
        sending: null,
        status: "conflict",
        message: result.message,
        isRetryable: false,
        theirs: result.current,
        changedBy: null,
      };
    }
    return { ...e, sending: null, status: "error", message: result.message, isRetryable, notice: null };
  });
  return replayHeard(next, id);
}

/**
 * A step that carries nothing typed (a submission, a deletion, a review decision) named a version
 * someone else moved on first: their version lands as a live change would (under anything typed in
 * the fields, which keep their own save state), never as a field conflict with nothing to compare.
 * `notice` is the one line the card shows, if the step's own controls do not say it.
 */
export function stepRefused(state: WorkbenchState, current: AnnotationView, notice: string | null): WorkbenchState {
  return patchEntry(receivedLive(state, current, "someone else"), current.id, (e) => ({ ...e, notice }));
}

/** After a refused save: keep their version and drop the edits, or build the edits on their version and send again. */
export function resolvedConflict(state: WorkbenchState, id: string, choice: "theirs" | "mine"): WorkbenchState {
  return patchEntry(state, id, (e) => {
    if (!e.theirs) return e;
    const view = e.theirs.version > e.view.version ? e.theirs : e.view;
    if (choice === "theirs")
      return { ...e, view, edits: {}, status: "saved", message: null, theirs: null, changedBy: null, generation: e.generation + 1 };
    return { ...e, view, status: hasKeys(e.edits) ? "pending" : "saved", message: null, theirs: null, changedBy: null };
  });
}

export function createStarted(state: WorkbenchState, create: Omit<PendingCreate, "error">): WorkbenchState {
  const others = state.creates.filter((c) => c.clientRequestId !== create.clientRequestId);
  return { ...state, creates: [...others, { ...create, error: null }] };
}

export function createFailed(state: WorkbenchState, clientRequestId: string, message: string): WorkbenchState {
  return { ...state, creates: state.creates.map((c) => (c.clientRequestId === clientRequestId ? { ...c, error: message } : c)) };
}

export function createSettled(state: WorkbenchState, clientRequestId: string, view?: AnnotationView): WorkbenchState {
  const next = { ...state, creates: state.creates.filter((c) => c.clientRequestId !== clientRequestId) };
  return view ? received(next, view) : next;
}

/** The annotation as the card shows it: the confirmed view under the edits not yet confirmed. */
export const shown = (entry: AnnotationEntry): AnnotationView => withEdits(entry.view, entry.edits);

/** A version of the annotation with edits laid over it, each part of the verdict on its own. */
export function withEdits(under: AnnotationView, edits: AnnotationPatch): AnnotationView {
  const { verdict, ...fields } = edits;
  const view: AnnotationView = { ...under, ...fields };
  if (verdict === undefined) return view;
  const rating = verdict?.rating ?? under.verdict?.rating;
  // No rating to show (cleared, or a rationale typed under a verdict someone removed): no verdict.
  if (!verdict || !rating) return { ...view, verdict: null };
  const copiedFrom = verdict.rating === undefined ? under.verdict?.copiedFrom : copiedDraft(under, verdict.copiedFromFactCheckId);
  return {
    ...view,
    verdict: {
      rating,
      rationale: verdict.rationale === undefined ? (under.verdict?.rationale ?? null) : verdict.rationale,
      ...(copiedFrom && { copiedFrom }),
    },
  };
}

/** The copied mark a rating being saved will carry: whose it is is known once the server answers. */
function copiedDraft(under: AnnotationView, factCheckId: string | undefined): CopiedRating | undefined {
  if (!factCheckId) return undefined;
  const known = under.verdict?.copiedFrom;
  return known?.factCheckId === factCheckId ? known : { factCheckId, publisher: null, ratingName: null };
}

/** Annotations in reading order (start, then the longer span first), as the panel and j/k use them. */
export function inReadingOrder(state: WorkbenchState): AnnotationView[] {
  return Object.values(state.entries)
    .map((e) => e.view)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
}

export const hasUnsavedEdits = (state: WorkbenchState) =>
  state.creates.length > 0 || Object.values(state.entries).some((e) => hasKeys(e.edits));

/**
 * An edit joins the ones not confirmed yet; the verdict's rating and rationale are kept apart, as
 * they are edited apart. A rating set by hand replaces a copied one, mark and all.
 */
function withEdit(edits: AnnotationPatch, patch: AnnotationPatch): AnnotationPatch {
  const joined = { ...edits, ...patch };
  if (patch.verdict && edits.verdict) {
    const { copiedFromFactCheckId: _copied, ...earlier } = edits.verdict;
    joined.verdict = patch.verdict.rating === undefined ? { ...edits.verdict, ...patch.verdict } : { ...earlier, ...patch.verdict };
  }
  return joined;
}

function withoutSent(edits: AnnotationPatch, sent: AnnotationPatch): AnnotationPatch {
  // Same reference means untouched since it was sent; a newer value typed meanwhile stays to be sent next.
  const left = Object.fromEntries(
    Object.entries(edits).filter(([key, value]) => key !== "verdict" && sent[key as keyof AnnotationPatch] !== value),
  ) as AnnotationPatch;
  const { verdict } = edits;
  if (verdict === undefined || verdict === sent.verdict) return left;
  if (verdict === null || !sent.verdict) return { ...left, verdict };
  const sentVerdict: Record<string, unknown> = sent.verdict;
  const unsent: Record<string, unknown> = Object.fromEntries(Object.entries(verdict).filter(([key, value]) => sentVerdict[key] !== value));
  // A rating and its copied mark go together: a mark still to send takes its rating along, and a
  // rating set by hand after a copy was sent must go out to clear the mark, even if it is the same.
  const isMarkChanged =
    "copiedFromFactCheckId" in unsent || (sent.verdict.copiedFromFactCheckId !== undefined && !verdict.copiedFromFactCheckId);
  if (isMarkChanged && verdict.rating !== undefined) unsent.rating = verdict.rating;
  return hasKeys(unsent) ? { ...left, verdict: unsent as AnnotationPatch["verdict"] } : left;
}
