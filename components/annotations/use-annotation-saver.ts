"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/errors";
import type { AnnotationView } from "@/lib/server/annotations/annotation-view";
import type { AnnotationPatch } from "@/lib/validation/annotation";
import { updateAnnotationAction } from "@/lib/actions/annotation-actions";

export type SaveState = { status: "saved" | "pending" | "saving" | "error" | "conflict"; message?: string; theirs?: AnnotationView };

const AUTOSAVE_DELAY_MS = 700;
type Operation = (version: number) => Promise<ActionResult<AnnotationView>>;

/**
 * Autosave for one annotation card. Edits collect in `pending` and are sent after a pause; every
 * server call (field saves, sources, submit) goes through one queue so each names the version
 * the previous one produced. A refused stale save keeps the edits and shows the other version.
 */
export function useAnnotationSaver(annotation: AnnotationView, onSaved: (next: AnnotationView) => void) {
  const [pending, setPending] = useState<AnnotationPatch>({});
  const [state, setState] = useState<SaveState>({ status: "saved" });
  // Bumped when the card takes the other person's version, so uncontrolled editors remount with it.
  const [generation, setGeneration] = useState(0);
  const pendingRef = useRef<AnnotationPatch>({});
  const inFlightRef = useRef<AnnotationPatch>({});
  // What the fields show: the edit being sent, under anything typed since.
  const showPending = () => setPending({ ...inFlightRef.current, ...pendingRef.current });
  const versionRef = useRef(annotation.version);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    // Someone else's change arrived (reload, restore): follow it unless we are mid-edit.
    if (Object.keys(pendingRef.current).length === 0) versionRef.current = annotation.version;
  }, [annotation.version]);

  const run = useCallback(
    (operation: Operation) => {
      const next = queue.current.then(async () => {
        setState({ status: "saving" });
        const result = await operation(versionRef.current);
        if (result.ok) {
          versionRef.current = result.data.version;
          onSaved(result.data);
          setState({ status: Object.keys(pendingRef.current).length ? "pending" : "saved" });
        } else if (result.code === "CONFLICT" && result.details?.current) {
          setState({ status: "conflict", message: result.message, theirs: result.details.current as AnnotationView });
        } else {
          setState({ status: "error", message: result.message });
        }
        return result;
      });
      queue.current = next.catch(() => undefined);
      return next;
    },
    [onSaved],
  );

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const patch = pendingRef.current;
    if (Object.keys(patch).length === 0) return;
    // Taken out while in flight; put back under any newer edits if the save is refused.
    pendingRef.current = {};
    inFlightRef.current = patch;
    const result = await run((version) => updateAnnotationAction({ annotationId: annotation.id, version, patch }));
    inFlightRef.current = {};
    if (!result.ok) pendingRef.current = { ...patch, ...pendingRef.current };
    showPending();
  }, [annotation.id, run]);

  const change = useCallback(
    (patch: AnnotationPatch) => {
      pendingRef.current = { ...pendingRef.current, ...patch };
      showPending();
      setState((s) => (s.status === "conflict" ? s : { status: "pending" }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        if (!timer.current) return;
        void flush();
      }, AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  const resolveConflict = useCallback(
    (choice: "theirs" | "mine") => {
      if (state.status !== "conflict" || !state.theirs) return;
      versionRef.current = state.theirs.version;
      onSaved(state.theirs);
      if (choice === "theirs") {
        setGeneration((g) => g + 1);
        pendingRef.current = {};
        showPending();
        setState({ status: "saved" });
      } else {
        void flush();
      }
    },
    [flush, onSaved, state],
  );

  // Leaving the card (or the page) must not drop an edit that was waiting for its pause.
  useEffect(() => () => void flush(), [flush]);

  return { pending, state, generation, change, flush, run, resolveConflict };
}
