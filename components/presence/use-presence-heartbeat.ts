"use client";
import { useEffect, useRef, useState } from "react";
import type { PresenceActivity, PresenceSelection } from "@/lib/presence/presence-message";

/** Shorter than the server's expiry (8 s), so one lost heartbeat does not make a tab vanish. */
const HEARTBEAT_MS = 2_500;

function randomKey(): string {
  // randomUUID needs a secure context (https or localhost); a plain-http deployment falls back.
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from({ length: 4 }, () => Math.random().toString(36).slice(2, 10)).join("-");
}

/** This tab's presence key, made once per page. */
export function usePresenceKey(): string {
  const [key] = useState(randomKey);
  return key;
}

/**
 * Tells the server, every few seconds and at once on a change, which card this tab has open and
 * whether the person is typing in it; says goodbye as the tab closes (the stream closing says so too).
 * Returns `announce`, to call when the stream (re)connects.
 */
export function usePresenceHeartbeat({
  articleId,
  presenceKey,
  annotationId,
  activity,
  selection,
}: {
  articleId: string;
  presenceKey: string;
  annotationId: string | null;
  activity: PresenceActivity;
  selection: PresenceSelection | null;
}): () => void {
  const state = useRef({ annotationId, activity, selection });
  const send = useRef<() => void>(() => undefined);
  useEffect(() => {
    const url = `/api/articles/${articleId}/presence`;
    send.current = () =>
      void fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ type: "here", key: presenceKey, ...state.current }),
        keepalive: true,
      }).catch(() => undefined);
    const timer = setInterval(() => send.current(), HEARTBEAT_MS);
    const goodbye = () => navigator.sendBeacon?.(url, JSON.stringify({ type: "gone", key: presenceKey }));
    window.addEventListener("pagehide", goodbye);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", goodbye);
      goodbye();
    };
  }, [articleId, presenceKey]);
  const selectionStart = selection?.start ?? null;
  const selectionEnd = selection?.end ?? null;
  useEffect(() => {
    const was = state.current;
    const changed =
      was.annotationId !== annotationId ||
      was.activity !== activity ||
      (was.selection?.start ?? null) !== selectionStart ||
      (was.selection?.end ?? null) !== selectionEnd;
    state.current = {
      annotationId,
      activity,
      selection: selectionStart !== null && selectionEnd !== null ? { start: selectionStart, end: selectionEnd } : null,
    };
    if (changed) send.current();
  }, [annotationId, activity, selectionStart, selectionEnd]);
  return () => send.current();
}

/** "editing" while focus is in the open card's fields (not its discussion), else "viewing". */
export function useCardActivity(selectedId: string | null): PresenceActivity {
  const [isEditing, setIsEditing] = useState(false);
  useEffect(() => {
    const check = () => {
      const active = document.activeElement;
      const card = active?.closest(".card.selected");
      setIsEditing(Boolean(card && active?.matches("input, textarea, select, [contenteditable=true]") && !active.closest(".comments")));
    };
    // After a focusout, activeElement is the body until the next element takes focus.
    const later = () => setTimeout(check, 0);
    document.addEventListener("focusin", check);
    document.addEventListener("focusout", later);
    check();
    return () => {
      document.removeEventListener("focusin", check);
      document.removeEventListener("focusout", later);
    };
  }, [selectedId]);
  return selectedId && isEditing ? "editing" : "viewing";
}
