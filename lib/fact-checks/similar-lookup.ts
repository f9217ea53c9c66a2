// When and with what a claim card asks for earlier fact-checks ("Checked before"). Pure: the card's
// hook only waits, fetches and cancels.
import type { AnnotationKind } from "@/lib/enums";
import { SIMILAR_LIMIT_DEFAULT, SIMILAR_TEXT_MAX, SIMILAR_TEXT_MIN } from "@/lib/validation/similar-fact-checks";

/** How long the card waits after the last keystroke before it asks: typing never waits on a request. */
export const SIMILAR_LOOKUP_DELAY_MS = 400;

type Card = { kind: AnnotationKind; claimText: string | null; exact: string };

/**
 * The text a claim card asks with: its checkable sentence, else the passage, spaces folded, cut to
 * what the API takes; null for other kinds and for text too short to compare. Two texts that give
 * the same answer here are one question, so a space typed at the end asks nothing new.
 */
export function similarLookupText(card: Card): string | null {
  if (card.kind !== "CLAIM") return null;
  const text = fold(card.claimText) || fold(card.exact);
  if (text.length < SIMILAR_TEXT_MIN) return null;
  return cutAtWord(text, SIMILAR_TEXT_MAX);
}

/** The API's address for one lookup. */
export function similarLookupUrl(
  text: string,
  { excludeAnnotationId, limit = SIMILAR_LIMIT_DEFAULT }: { excludeAnnotationId?: string; limit?: number } = {},
) {
  const params = new URLSearchParams({ text, limit: String(limit) });
  if (excludeAnnotationId) params.set("excludeAnnotationId", excludeAnnotationId);
  return `/api/fact-checks/similar?${params}`;
}

const fold = (text: string | null) => (text ?? "").replace(/\s+/gu, " ").trim();

/** At most `max` UTF-16 units, cut before a word rather than inside one (or inside a surrogate pair). */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  if (space >= SIMILAR_TEXT_MIN) return cut.slice(0, space);
  const code = text.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return text.slice(0, end);
}
