import { normaliseText } from "./normalise-text";

export const PREVIEW_TITLE_LENGTH = 120;

/** One line, whitespace collapsed: a title is shown in lists and page headers. */
export function cleanTitle(raw: string): string {
  return normaliseText(raw).replace(/\s+/g, " ");
}

/**
 * Cut at a word boundary so a derived title never ends mid-word, with "…" to show it was cut.
 * A single overlong word is cut at a character boundary (never inside a surrogate pair).
 */
export function truncateTitle(title: string, max = PREVIEW_TITLE_LENGTH): string {
  if (title.length <= max) return title;
  const lastSpace = title.slice(0, max + 1).lastIndexOf(" ");
  const cut = lastSpace > max / 2 ? title.slice(0, lastSpace) : safeSlice(title, max);
  return `${cut.replace(/[\s,;:–—-]+$/, "")}…`;
}

function safeSlice(text: string, max: number): string {
  const end = /[\ud800-\udbff]/.test(text[max - 1] ?? "") ? max - 1 : max;
  return text.slice(0, end);
}
