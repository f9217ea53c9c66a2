"use client";
// The one client store of an open article's annotations. Cards and the workbench act only through
// it: each annotation has one confirmed version and one queue, so every server call (autosave,
// sources, submit, delete, re-attach, restore) names the version the previous call produced, and
// a delete waits for the save before it. The state transitions are pure (lib/annotations/
// workbench-state); this file adds the timers, the queues and the server calls, made through the
// transport it is given (the server actions in the browser, a recording fake in its tests).
import { createStore } from "zustand/vanilla";
import type { AnnotationTransport } from "@/components/annotations/store/annotation-transport";
import { AUTOSAVE_DELAY_MS, RETRY_DELAYS_MS } from "@/components/annotations/store/autosave-timing";
import { callAction } from "@/lib/actions/call-action";
import type { AnnotationView } from "@/lib/annotations/types";
import { baseOf } from "@/lib/annotations/field-merge";
import { sourceBaseOf } from "@/lib/annotations/source-merge";
import * as S from "@/lib/annotations/workbench-state";
import type { AnnotationKind } from "@/lib/enums";
import type { ActionConflict, ActionResult } from "@/lib/errors";
import type { LiveChange } from "@/lib/live/article-event-client";
import type { AnnotationPatch } from "@/lib/validation/annotation";
import type { SourceFields } from "@/lib/validation/source";
import type { ReviewAction } from "@/lib/workflow/annotation-status";

type Span = { start: number; end: number; exact: string };
type Operation = (version: number) => Promise<ActionResult<AnnotationView>>;

/** Refused because the finding changed first, with the finding as it is now. */
const isLostRace = (result: ActionResult<AnnotationView>): result is ActionConflict<AnnotationView> & { current: AnnotationView } =>
  !result.ok && result.code === "CONFLICT" && result.current !== undefined;

export type WorkbenchStoreState = S.WorkbenchState & {
  /** The last refusal that belongs to no card (a create, a re-attach), for the panel to show. */
  error: string | null;
  /** The annotation just deleted, while its Undo is offered. */
  undo: AnnotationView | null;
};

export type AnnotationStore = ReturnType<typeof createAnnotationStore>;

export type AnnotationStoreOptions = {
  articleId: string;
  articleRevision: number;
  initial: AnnotationView[];
  transport: AnnotationTransport;
};

export function createAnnotationStore(options: AnnotationStoreOptions) {
  const { transport } = options;
  const store = createStore<WorkbenchStoreState>(() => ({ ...S.initialState(options.initial), error: null, undo: null }));
  const queues = new Map<string, Promise<unknown>>();
  const saveTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const retryTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const retryCounts = new Map<string, number>();
  // Moves on when a correction is heard live, so new highlights are made against the new text.
  let articleRevision = options.articleRevision;

  const update = (change: (state: S.WorkbenchState) => S.WorkbenchState) => store.setState((state) => change(state));
  const setError = (error: string | null) => store.setState({ error });

  /** Runs after everything queued for this annotation, with the version the last of those produced. */
  function enqueue<T>(id: string, task: () => Promise<T>): Promise<T> {
    const next = (queues.get(id) ?? Promise.resolve()).then(task);
    queues.set(
      id,
      next.catch(() => undefined),
    );
    return next;
  }

  /**
   * Runs an operation on the version the card holds when its turn comes. None of these carries
   * anything typed in the card's fields, so a refusal because the finding changed first lands it
   * as it is now, like anyone's live change (under anything typed in the fields, which keep their
   * own save state), and says what happened; the field-edit conflict (their version beside yours)
   * is for edits. A change to one of the card's sources refused because someone changed that
   * source meanwhile goes back to the source form, which keeps what was typed; a status step (a
   * review decision, a reopening) that lost the race says who decided first in its own controls;
   * a submission or deletion says it on the card (`isToldOnCard`).
   */
  function run(id: string, operation: Operation, { isToldOnCard = false } = {}): Promise<ActionResult<AnnotationView>> {
    return enqueue(id, async () => {
      const entry = store.getState().entries[id];
      if (!entry) return { ok: false, code: "NOT_FOUND", message: "That annotation is no longer here." } as const;
      const result = await callAction(operation, entry.view.version);
      if (result.ok) update((s) => S.succeeded(s, id, result.data));
      else if (isLostRace(result)) update((s) => S.stepRefused(s, result.current, isToldOnCard ? result.message : null));
      else update((s) => S.failed(s, id, result, false));
      return result;
    });
  }

  function scheduleRetry(id: string) {
    const attempt = retryCounts.get(id) ?? 0;
    retryCounts.set(id, attempt + 1);
    clearTimeout(retryTimers.get(id));
    retryTimers.set(
      id,
      setTimeout(() => void retry(id), RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]),
    );
  }

  /** Sends the edits typed so far, after anything already queued. */
  function flush(id: string): Promise<void> {
    clearTimeout(saveTimers.get(id));
    saveTimers.delete(id);
    return enqueue(id, async () => {
      const { state, patch } = S.startSending(store.getState(), id);
      if (!patch) return;
      store.setState(state);
      const { view } = state.entries[id]!;
      // The base lets the server merge this save with others made meanwhile to other fields.
      const result = await callAction(transport.updateAnnotationAction, {
        annotationId: id,
        version: view.version,
        patch,
        base: baseOf(view, patch),
      });
      if (result.ok) {
        retryCounts.delete(id);
        update((s) => S.succeeded(s, id, result.data));
        // Typed while the save was on its way: it goes out after its own pause.
        if (Object.keys(store.getState().entries[id]?.edits ?? {}).length) scheduleSave(id);
      } else {
        update((s) => S.failed(s, id, result));
        if (result.code === "UNAVAILABLE") scheduleRetry(id);
      }
    });
  }

  function scheduleSave(id: string) {
    clearTimeout(saveTimers.get(id));
    saveTimers.set(
      id,
      setTimeout(() => void flush(id), AUTOSAVE_DELAY_MS),
    );
  }

  async function create(kind: AnnotationKind, span: Span, clientRequestId: string = crypto.randomUUID()) {
    update((s) => S.createStarted(s, { clientRequestId, kind, ...span }));
    setError(null);
    const result = await callAction(transport.createAnnotationAction, {
      articleId: options.articleId,
      articleRevision,
      kind,
      ...span,
      clientRequestId,
    });
    if (result.ok) {
      retryCounts.delete(clientRequestId);
      update((s) => S.createSettled(s, clientRequestId, result.data));
      return result.data;
    }
    if (result.code === "UNAVAILABLE") {
      // Kept on screen and sent again with the same request id, so a create that did arrive is not made twice.
      update((s) => S.createFailed(s, clientRequestId, `Not saved: ${result.message}`));
      scheduleRetry(clientRequestId);
    } else {
      update((s) => S.createSettled(s, clientRequestId));
      setError(result.message);
    }
    return null;
  }

  async function retry(id: string) {
    clearTimeout(retryTimers.get(id));
    retryTimers.delete(id);
    const pendingCreate = store.getState().creates.find((c) => c.clientRequestId === id);
    if (pendingCreate) {
      const { clientRequestId, kind, start, end, exact } = pendingCreate;
      await create(kind, { start, end, exact }, clientRequestId);
    } else await flush(id);
  }

  /** Everything that failed on the way, at once: the browser says the connection is back. */
  function retryAll() {
    const state = store.getState();
    for (const c of state.creates) if (c.error) void retry(c.clientRequestId);
    for (const [id, entry] of Object.entries(state.entries)) if (entry.isRetryable) void retry(id);
  }

  return {
    store,
    edit(id: string, patch: AnnotationPatch) {
      update((s) => S.edited(s, id, patch));
      scheduleSave(id);
    },
    flush,
    retry,
    retryAll,
    create,
    resolveConflict(id: string, choice: "theirs" | "mine") {
      update((s) => S.resolvedConflict(s, id, choice));
      if (choice === "mine") void flush(id);
    },
    // Sources wait for the fields typed before them, so each names the version that save produced.
    async addSource(id: string, source: SourceFields) {
      await flush(id);
      return run(id, (version) => transport.addSourceAction({ annotationId: id, version, source }));
    },
    /** `base` is the source as its form was opened: a change someone else made to it since is a conflict, not overwritten. */
    async updateSource(id: string, sourceId: string, source: SourceFields, base: SourceFields) {
      await flush(id);
      const operation: Operation = (version) => transport.updateSourceAction({ annotationId: id, version, sourceId, source, base });
      return run(id, operation);
    },
    /** Removes the source as the card shows it now: if someone changed it meanwhile, that is a conflict. */
    removeSource(id: string, sourceId: string) {
      const shownSource = store.getState().entries[id]?.view.sources.find((source) => source.id === sourceId);
      const base = shownSource && sourceBaseOf(shownSource);
      return run(id, (version) => transport.removeSourceAction({ annotationId: id, version, sourceId, base }));
    },
    async submit(id: string) {
      await flush(id);
      return run(id, (version) => transport.submitAnnotationAction({ annotationId: id, version }), { isToldOnCard: true });
    },
    /** A review step on the version the reviewer sees; anything they typed is saved first (and then needs a second person). */
    async review(id: string, action: ReviewAction, reason = "") {
      await flush(id);
      return run(id, (version) => {
        if (action === "approve") return transport.approveAnnotationAction({ annotationId: id, version });
        if (action === "requestChanges") return transport.requestChangesAction({ annotationId: id, version, reason });
        return transport.dismissAnnotationAction({ annotationId: id, version, reason });
      });
    },
    reopen(id: string) {
      return run(id, (version) => transport.reopenAnnotationAction({ annotationId: id, version }));
    },
    /** Saves what was typed first, so Undo brings the annotation back with the last edit in it. */
    async remove(id: string) {
      await flush(id);
      if (Object.keys(store.getState().entries[id]?.edits ?? {}).length) {
        setError("The annotation was not deleted: its last edit is not saved yet.");
        return null;
      }
      const result = await run(id, (version) => transport.deleteAnnotationAction({ annotationId: id, version }), { isToldOnCard: true });
      if (!result.ok) {
        // A lost race is told on the card, which still shows the finding; anything else here.
        if (!isLostRace(result)) setError(result.message);
        return null;
      }
      update((s) => S.removed(s, id));
      store.setState({ undo: result.data, error: null });
      return result.data;
    },
    async restore() {
      const deleted = store.getState().undo;
      if (!deleted) return null;
      store.setState({ undo: null });
      const result = await enqueue(deleted.id, () =>
        callAction(transport.restoreAnnotationAction, { annotationId: deleted.id, version: deleted.version }),
      );
      if (!result.ok) {
        setError(result.message);
        return null;
      }
      update((s) => S.received(s, result.data));
      return result.data;
    },
    dismissUndo() {
      store.setState({ undo: null });
    },
    /** An orphan has no open card: a lost race is told, like any refusal, at the top of the panel. */
    async reattach(id: string, span: Span) {
      const result = await run(id, (version) =>
        transport.reattachAnnotationAction({ annotationId: id, version, articleRevision, ...span }),
      );
      setError(result.ok ? null : result.message);
      return result.ok ? result.data : null;
    },
    /**
     * Other people's changes, heard live and fetched: each lands under whatever this reviewer
     * typed (workbench-state receivedLive/goneLive). `changedBy` names who made each change.
     */
    applyLive(change: LiveChange) {
      if (change.articleRevision > articleRevision) articleRevision = change.articleRevision;
      update((state) => {
        let next = state;
        for (const view of change.annotations) next = S.receivedLive(next, view, change.changedBy.get(view.id) ?? "someone");
        for (const id of change.goneIds) next = S.goneLive(next, id, change.changedBy.get(id) ?? "someone");
        return next;
      });
    },
    setError,
    /** For the page's beforeunload warning. */
    hasUnsavedEdits: () => S.hasUnsavedEdits(store.getState()),
    dispose() {
      for (const timer of [...saveTimers.values(), ...retryTimers.values()]) clearTimeout(timer);
    },
  };
}
