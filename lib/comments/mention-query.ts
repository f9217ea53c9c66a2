// The @ autocomplete in the comment box: what the writer is typing after "@", and what picking a
// person does to the text. Pure, so the box and its tests agree.

import type { MentionedPerson } from "@/lib/comments/comment-text";

/** How far back from the caret an "@" still starts a mention (names have spaces, so a few words). */
const MAX_QUERY_LENGTH = 40;

export type MentionQuery = { start: number; query: string };

/** The mention being typed at `caret` ("@" at the start or after a blank, then no line break), or null. */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(Math.max(0, caret - MAX_QUERY_LENGTH - 1), caret);
  const sign = before.lastIndexOf("@");
  if (sign < 0) return null;
  const start = caret - before.length + sign;
  if (start > 0 && !/\s|[([{"']/.test(text[start - 1]!)) return null;
  const query = text.slice(start + 1, caret);
  if (/[\n@]/.test(query) || /^\s/.test(query)) return null;
  return { start, query };
}

/** People whose name, or a word of it, starts with the query; a name starting with it first. At most `limit`. */
export function matchPeople<P extends MentionedPerson>(people: P[], query: string, limit = 8): P[] {
  const q = query.trim().toLowerCase();
  const scored = people.flatMap((person) => {
    const name = person.name.toLowerCase();
    if (name.startsWith(q)) return [{ person, rank: 0 }];
    if (name.split(/\s+/).some((word) => word.startsWith(q))) return [{ person, rank: 1 }];
    return [];
  });
  return scored
    .sort((a, b) => a.rank - b.rank || a.person.name.localeCompare(b.person.name))
    .slice(0, limit)
    .map((s) => s.person);
}

/** The text with the query replaced by "@Name ", and where the caret goes after it. */
export function insertMention(text: string, query: MentionQuery, caret: number, person: MentionedPerson): { text: string; caret: number } {
  const inserted = `@${person.name} `;
  const after = text.slice(caret).replace(/^ /, "");
  return { text: text.slice(0, query.start) + inserted + after, caret: query.start + inserted.length };
}
