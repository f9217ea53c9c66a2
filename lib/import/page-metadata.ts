import { normaliseText } from "./normalise-text";

/** What a page says about itself; every field is a suggestion the person importing may correct. */
export type PageMetadata = {
  title: string | null;
  byline: string | null;
  publisher: string | null;
  /** YYYY-MM-DD, as the publisher dated it (the date part of its own timestamp, not converted to UTC). */
  publishedOn: string | null;
  canonicalUrl: string | null;
  language: string | null;
};

export type JsonObject = Record<string, unknown>;
// schema.org types that describe the article itself (not the page, the site or a breadcrumb).
const ARTICLE_TYPES =
  /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|SocialMediaPosting)$/;

/** Reads the metadata from the whole page, before extraction removes what is not the article. */
export function readPageMetadata(document: Document, pageUrl: string | null): PageMetadata {
  const meta = (key: string) => metaContent(document, key);
  const ld = articleJsonLd(document);
  const publisher = clean(meta("og:site_name")) ?? clean(nameOf(ld?.publisher)) ?? clean(meta("application-name"));
  const rawTitle =
    clean(stringOf(ld?.headline)) ??
    clean(meta("og:title")) ??
    clean(meta("twitter:title")) ??
    clean(document.querySelector("title")?.textContent);
  const firstH1 = clean(visibleText(document.querySelector("h1")));
  return {
    title: headline(rawTitle, publisher, firstH1),
    byline: byline(ld, meta("author") ?? meta("article:author") ?? meta("parsely-author"), document),
    publisher,
    publishedOn:
      dateOnly(meta("article:published_time")) ??
      dateOnly(stringOf(ld?.datePublished)) ??
      dateOnly(document.querySelector("[itemprop=datePublished]")?.getAttribute("content")) ??
      dateOnly(document.querySelector("time[datetime]")?.getAttribute("datetime")),
    canonicalUrl:
      httpUrl(document.querySelector("link[rel=canonical]")?.getAttribute("href"), pageUrl) ??
      httpUrl(meta("og:url"), pageUrl) ??
      httpUrl(stringOf(ld?.url), pageUrl),
    language:
      languageTag(document.documentElement?.getAttribute("lang")) ??
      languageTag(stringOf(ld?.inLanguage)) ??
      languageTag(meta("og:locale")?.replace("_", "-")) ??
      languageTag(document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content")),
  };
}

/**
 * The headline without the site's name: "Headline | The Paper", "The Paper - Headline" and the
 * like lose the part that names the publisher; failing that, the page's own <h1> when the title
 * starts with it.
 */
export function headline(title: string | null, publisher: string | null, firstH1: string | null): string | null {
  if (!title) return firstH1;
  // The page's own <h1> inside a longer title ("Author: Headline", "Headline | Site") is the headline.
  if (firstH1 && firstH1 !== title && title.includes(firstH1) && firstH1.length >= title.length / 2) return firstH1;
  const parts = title.split(/\s+[|\-–—·•»:]\s+/);
  if (parts.length > 1) {
    const site = publisher?.toLowerCase();
    const kept = parts.filter(
      (part) => part.toLowerCase() !== site && !(site && part.toLowerCase().includes(site) && part.length < site.length + 12),
    );
    if (kept.length > 0 && kept.length < parts.length) return kept.join(" – ");
    if (firstH1 && title.startsWith(firstH1)) return firstH1;
    // No site name to go by: the last part of "Headline | Section | Site" is the site by convention.
    if (parts.at(-1)!.length < 40 && parts[0]!.length > parts.at(-1)!.length) return parts.slice(0, -1).join(" – ");
  }
  return title;
}

function byline(ld: JsonObject | null, metaAuthor: string | null, document: Document): string | null {
  const authors = [ld?.author]
    .flat()
    .map(nameOf)
    .filter((name): name is string => Boolean(name));
  if (authors.length > 0) return clean(authors.join(", "));
  if (metaAuthor && !/^https?:/i.test(metaAuthor)) return clean(metaAuthor);
  const element = document.querySelector('[rel=author], [itemprop=author], .byline, [class*="byline" i]');
  return clean(element?.textContent?.replace(/^\s*by\s+/i, ""));
}

/** The first JSON-LD object describing an article, looking inside @graph and arrays; null if none or unreadable. */
export function articleJsonLd(document: Document): JsonObject | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // A broken block on a real page is common; the others may still be good.
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return null;
}

function findArticle(data: unknown, depth: number): JsonObject | null {
  if (depth > 5 || !data || typeof data !== "object") return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const object = data as JsonObject;
  const types = [object["@type"]].flat();
  if (types.some((type) => typeof type === "string" && ARTICLE_TYPES.test(type))) return object;
  return findArticle(object["@graph"], depth + 1);
}

function nameOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === "object") return stringOf((value as JsonObject).name);
  return null;
}

function stringOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return stringOf(value[0]);
  return null;
}

// Metadata is read before scripts are removed: a script inside the headline is no part of it.
const INVISIBLE = new Set(["script", "style", "noscript", "template"]);

function visibleText(node: Node | null): string {
  if (!node || INVISIBLE.has((node as Element).localName)) return "";
  if (node.nodeType === 3) return node.textContent ?? "";
  let text = "";
  for (let child = node.firstChild; child; child = child.nextSibling) text += visibleText(child);
  return text;
}

function metaContent(document: Document, key: string): string | null {
  const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return element?.getAttribute("content") ?? null;
}

function clean(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = normaliseText(value).replace(/\s+/g, " ");
  return text ? text.slice(0, 300) : null;
}

function dateOnly(value: string | null | undefined): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? "");
  if (!match) return null;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // "2024-02-31" is not a date; years before 1900 on a news page are a typo, not history.
  if (date.getUTCMonth() !== Number(month) - 1 || Number(year) < 1900) return null;
  return `${year}-${month}-${day}`;
}

function httpUrl(value: string | null | undefined, base: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base ?? undefined);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function languageTag(value: string | null | undefined): string | null {
  const tag = value?.split(/[,;]/)[0]?.trim();
  if (!tag || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return null;
  const [primary, ...rest] = tag.split("-");
  return [primary!.toLowerCase(), ...rest].join("-");
}
