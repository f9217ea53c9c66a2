"use client";
import { useEffect, useRef } from "react";
import { createKeyDispatcher, type KeyHandlers } from "@/lib/editor/keymap";

// One window listener for every shortcut on the page, there while a component has handlers.
const dispatcher = createKeyDispatcher();

function onKeyDown(event: KeyboardEvent) {
  const { key, ctrlKey, metaKey, altKey, isComposing } = event;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (dispatcher.dispatch({ key, ctrlKey, metaKey, altKey, isComposing, target })) event.preventDefault();
}

/**
 * Runs this component's handlers for the keymap's commands (lib/editor/keymap.ts) while it is
 * mounted. The latest render's handlers answer, so they may close over anything.
 */
export function useShortcuts(handlers: KeyHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    // Adding the same listener again is a no-op: there is only ever one.
    window.addEventListener("keydown", onKeyDown);
    const unregister = dispatcher.register(() => latest.current);
    return () => {
      unregister();
      if (dispatcher.size === 0) window.removeEventListener("keydown", onKeyDown);
    };
  }, []);
}
