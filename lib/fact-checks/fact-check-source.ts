// An earlier fact-check as a source of a claim ("Attach as source"). Pure: the card builds the
// source with it and the same schema as the source form, and knows whether it is attached already.
import type { SourceView } from "@/lib/annotations/types";
import type { SimilarMatch } from "@/lib/fact-checks/similar-match";
import { normaliseHttpUrl } from "@/lib/validation/url";
import { sourceFieldsSchema, type SourceFields } from "@/lib/validation/source";

type Match = Pick<SimilarMatch, "url" | "headline" | "claimReviewed" | "publisher" | "datePublished">;

const TITLE_MAX = 300;
const PUBLISHER_MAX = 200;

/**
 * The source fields for a fact-check: its URL, its headline as the title (else the claim it
 * reviewed), its publisher and date, accessed today, stance "earlier fact-check". Refused with the
 * reason when it has no address to cite (a desk entry whose report is not published) or when the
 * source form's own rules refuse it.
 */
export function factCheckSource(match: Match, today: string): { ok: true; source: SourceFields } | { ok: false; message: string } {
  if (!match.url) return { ok: false, message: "This fact-check has no public address to cite yet." };
  const parsed = sourceFieldsSchema.safeParse({
    url: match.url,
    title: shorten(match.headline?.trim() || match.claimReviewed, TITLE_MAX),
    publisher: match.publisher ? shorten(match.publisher, PUBLISHER_MAX) : null,
    publishedOn: match.datePublished,
    accessedOn: today,
    stance: "EARLIER_FACT_CHECK",
  });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "This fact-check cannot be cited as it is." };
  return { ok: true, source: parsed.data };
}

/** Whether this fact-check is already one of the claim's sources (its address, as the source form stores it, with that stance). */
export function isAttached(sources: readonly Pick<SourceView, "url" | "stance">[], match: Pick<SimilarMatch, "url">): boolean {
  const address = match.url ? normaliseHttpUrl(match.url) : null;
  return address?.ok === true && sources.some((source) => source.stance === "EARLIER_FACT_CHECK" && source.url === address.url);
}

/** Cut to `max` UTF-16 units (as the schema counts) with an ellipsis, never inside a surrogate pair. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const last = cut.charCodeAt(cut.length - 1);
  return `${last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut}…`;
}
