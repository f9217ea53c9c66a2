// Presence travels between app instances as small messages on the live bus, never stored: each
// instance keeps what it heard in memory (presence-registry.ts) and forgets what is not renewed.

export type PresenceActivity = "viewing" | "editing";

/** A text selection in the reader, as offsets into the article's canonical text (end exclusive). */
export type PresenceSelection = { start: number; end: number };

/** One open tab's state: refreshed by the tab's heartbeats, forgotten `ttlMs` after the last one. */
export type PresenceHere = {
  type: "here";
  articleId: string;
  /** The tab's own random key: one person may have the article open in two tabs. */
  key: string;
  userId: string;
  name: string;
  /** The card the tab has open, if any. */
  annotationId: string | null;
  activity: PresenceActivity;
  /** The text the person has selected, shown faintly to the others; null when none. */
  selection: PresenceSelection | null;
  ttlMs: number;
};

/** The tab closed or lost its stream: gone at once, without waiting for its heartbeats to stop. */
export type PresenceGone = { type: "gone"; articleId: string; key: string; userId: string };

export type PresenceMessage = PresenceHere | PresenceGone;

/** What a viewer is shown: one row per open tab of someone else, in a stable order. */
export type PresenceViewer = {
  key: string;
  userId: string;
  name: string;
  annotationId: string | null;
  activity: PresenceActivity;
  selection: PresenceSelection | null;
};

const MAX_OFFSET = 10_000_000;

function parseSelection(value: unknown): PresenceSelection | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return undefined;
  const { start, end } = value as Record<string, unknown>;
  const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_OFFSET;
  return isOffset(start) && isOffset(end) && start < end ? { start, end } : undefined;
}

const MAX_FIELD = 200;

/** A message as it came off the bus (another instance's JSON), or null when it is not one. */
export function parsePresenceMessage(payload: string | undefined): PresenceMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(payload ?? "");
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const m = value as Record<string, unknown>;
  const isText = (v: unknown) => typeof v === "string" && v.length > 0 && v.length <= MAX_FIELD;
  if (!isText(m.articleId) || !isText(m.key) || !isText(m.userId)) return null;
  const base = { articleId: m.articleId as string, key: m.key as string, userId: m.userId as string };
  if (m.type === "gone") return { type: "gone", ...base };
  if (m.type !== "here" || !isText(m.name) || (m.activity !== "viewing" && m.activity !== "editing")) return null;
  if (m.annotationId !== null && !isText(m.annotationId)) return null;
  if (typeof m.ttlMs !== "number" || !(m.ttlMs > 0 && m.ttlMs <= 60_000)) return null;
  const selection = parseSelection(m.selection);
  if (selection === undefined) return null;
  return {
    type: "here",
    ...base,
    name: m.name as string,
    annotationId: m.annotationId as string | null,
    activity: m.activity,
    selection,
    ttlMs: m.ttlMs,
  };
}
