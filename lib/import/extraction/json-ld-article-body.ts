// What the publisher's own structured data says about the article's text: schema.org's
// articleBody (the whole text, on pages that draw the article with a script), and
// isAccessibleForFree (false on paywalled articles, as search engines ask publishers to mark them).
import { convertHtml } from "../html-to-canonical";
import { normaliseText } from "../normalise-text";
import type { JsonObject } from "../page-metadata";

/** articleBody as canonical text, one paragraph per line of it; null when there is none. */
export function articleBodyText(article: JsonObject | null): string | null {
  const body = article?.articleBody;
  if (typeof body !== "string") return null;
  // Some publishers put the article's HTML there rather than its text.
  const text = /<\/?(p|br|div)\b/i.test(body) ? convertHtml(body).text : normaliseText(body).replace(/\n+/g, "\n\n");
  return text || null;
}

export function isMarkedPaywalled(article: JsonObject | null): boolean {
  const free = article?.isAccessibleForFree;
  return free === false || (typeof free === "string" && free.trim().toLowerCase() === "false");
}
