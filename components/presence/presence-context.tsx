"use client";
import { createContext, useContext } from "react";
import type { PresenceViewer } from "@/lib/presence/presence-message";

export type PresenceState = { viewers: PresenceViewer[]; meId: string };

const PresenceContext = createContext<PresenceState | null>(null);
export const PresenceProvider = PresenceContext.Provider;

/** Other people's open tabs on this article (never this person's own). Empty outside a workbench. */
export function useOthersPresent(): PresenceViewer[] {
  const state = useContext(PresenceContext);
  return state ? state.viewers.filter((v) => v.userId !== state.meId) : [];
}

/** One entry per person, in order of name; "editing" somewhere wins over "viewing". */
export function uniquePeople(viewers: PresenceViewer[]): PresenceViewer[] {
  const byUser = new Map<string, PresenceViewer>();
  for (const viewer of viewers) {
    const seen = byUser.get(viewer.userId);
    if (!seen || (seen.activity === "viewing" && viewer.activity === "editing")) byUser.set(viewer.userId, viewer);
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name));
}
