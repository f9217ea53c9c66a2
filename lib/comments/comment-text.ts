// A comment is stored as plain text. When it is shown, links and @mentions are found in it here
// (pure, the same on server and browser) and rendered as elements by React, which escapes every
// piece of text: nothing in a comment ever becomes markup.

export type MentionedPerson = { id: string; name: string };

export type CommentSegment =
  { type: "text"; text: string } | { type: "link"; text: string; href: string } | { type: "mention"; text: string; userId: string };

// A candidate link starts at http:// or https:// and runs to the next blank or angle bracket/quote.
const LINK_CANDIDATE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Punctuation that ends a sentence rather than a link ("see https://x.org/a.").
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

/** A link's address, if `text` is a well-formed http(s) URL; anything else (javascript:, data:) is never a link. */
export function safeHref(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname || url.username || url.password) return null;
  return url.href;
}

/** Drops a closing bracket the link did not open: "(see https://x.org/a)" links to https://x.org/a. */
function trimLink(candidate: string): string {
  let link = candidate.replace(TRAILING_PUNCTUATION, "");
  while (link.endsWith(")") && (link.match(/\(/g)?.length ?? 0) < (link.match(/\)/g)?.length ?? 0)) {
    link = link.slice(0, -1).replace(TRAILING_PUNCTUATION, "");
  }
  return link;
}

function linkify(text: string): CommentSegment[] {
  const segments: CommentSegment[] = [];
  let at = 0;
  for (const match of text.matchAll(LINK_CANDIDATE)) {
    const link = trimLink(match[0]);
    const href = safeHref(link);
    if (!href) continue;
    if (match.index > at) segments.push({ type: "text", text: text.slice(at, match.index) });
    segments.push({ type: "link", text: link, href });
    at = match.index + link.length;
  }
  if (at < text.length) segments.push({ type: "text", text: text.slice(at) });
  return segments;
}

/** Where "@Name" of one of `people` occurs in `text` as a whole mention (not inside a longer word or address). */
export function findMentions(text: string, people: MentionedPerson[]): { start: number; end: number; person: MentionedPerson }[] {
  // Longest names first, so "@Ann Lee" wins over "@Ann" at the same place.
  const byLength = [...people].sort((a, b) => b.name.length - a.name.length);
  const found: { start: number; end: number; person: MentionedPerson }[] = [];
  let at = 0;
  while (at < text.length) {
    const sign = text.indexOf("@", at);
    if (sign < 0) break;
    const isWordBefore = sign > 0 && /[\p{L}\p{N}_.+-]/u.test(text[sign - 1]!);
    const person = isWordBefore
      ? undefined
      : byLength.find((p) => {
          const end = sign + 1 + p.name.length;
          return text.slice(sign + 1, end).toLowerCase() === p.name.toLowerCase() && !/[\p{L}\p{N}_]/u.test(text[end] ?? "");
        });
    if (person) {
      const end = sign + 1 + person.name.length;
      found.push({ start: sign, end, person });
      at = end;
    } else at = sign + 1;
  }
  return found;
}

/** The people of `people` whom `text` still names with @: what a comment's mention list should be when it is posted. */
export function mentionedIn(text: string, people: MentionedPerson[]): MentionedPerson[] {
  const seen = new Map<string, MentionedPerson>();
  for (const { person } of findMentions(text, people)) seen.set(person.id, person);
  return [...seen.values()];
}

/** The comment as segments to render: text, safe links (http/https only) and mentions of the people it names. */
export function segmentComment(text: string, mentioned: MentionedPerson[]): CommentSegment[] {
  const segments: CommentSegment[] = [];
  let at = 0;
  for (const mention of findMentions(text, mentioned)) {
    if (mention.start > at) segments.push(...linkify(text.slice(at, mention.start)));
    segments.push({ type: "mention", text: text.slice(mention.start, mention.end), userId: mention.person.id });
    at = mention.end;
  }
  if (at < text.length) segments.push(...linkify(text.slice(at)));
  return segments;
}
