// Rules that tell a site's chrome (menus, breadcrumbs, share rows, cookie notices, promos, footers)
// from an article, each from a general signal rather than any one site's markup: what the element
// is (ARIA landmark roles and their HTML elements), what the site calls it (class and id), and what
// it holds (link density, lists of links, teaser cards). Each rule names itself when it applies.
import { linkDensity, type ElementStats } from "./element-stats";

export type ChromeRule = "landmark" | "name" | "link-cluster" | "link-list" | "teaser" | "copyright";

// Elements and ARIA roles that are never the article: navigation, the site's banner and footer,
// complementary boxes, search, menus, toolbars and dialogs (cookie and sign-up prompts).
const LANDMARK_ELEMENTS = new Set(["nav", "aside", "footer", "dialog", "menu"]);
const LANDMARK_ROLES = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "search",
  "menu",
  "menubar",
  "toolbar",
  "dialog",
  "alertdialog",
  "tablist",
]);

// Words that sites use in class names and ids for chrome. Whole words of a name ("site-nav",
// "cookieBanner", "share_row"), except the long ones, which are also found inside a word
// ("pbncookies"). A name that also says content ("story-body share-enabled") is not chrome.
const CHROME_WORDS = new Set([
  "nav",
  "navbar",
  "navigation",
  "menu",
  "submenu",
  "breadcrumb",
  "breadcrumbs",
  "crumbs",
  "share",
  "sharing",
  "social",
  "skip",
  "masthead",
  "banner",
  "footer",
  "sidebar",
  "widget",
  "related",
  "recommended",
  "trending",
  "popular",
  "comment",
  "comments",
  "subscribe",
  "newsletter",
  "signup",
  "promo",
  "advert",
  "advertisement",
  "ad",
  "ads",
  "sponsored",
  "login",
  "signin",
  "account",
  "pagination",
  "pager",
  "tags",
  "topics",
  "toolbar",
  "popup",
  "modal",
  "overlay",
  "byline",
  "dateline",
  "timestamp",
]);
const CHROME_INSIDE_WORDS = /cookie|consent|gdpr|breadcrumb|newsletter|masthead|sidebar/i;
const CONTENT_WORDS = new Set(["article", "body", "content", "main"]);

/** Words of an element's class and id: "storyBody share_row" → story, body, share, row. */
export function nameWords(element: Element): string[] {
  const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
  return names
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function isChromeLandmark(element: Element): boolean {
  if (LANDMARK_ELEMENTS.has(element.localName)) return true;
  if (element.getAttribute("aria-modal") === "true") return true;
  return (element.getAttribute("role") ?? "").split(/\s+/).some((role) => LANDMARK_ROLES.has(role));
}

export function hasChromeName(element: Element): boolean {
  const words = nameWords(element);
  if (words.some((word) => CONTENT_WORDS.has(word))) return false;
  return words.some((word) => CHROME_WORDS.has(word) || CHROME_INSIDE_WORDS.test(word));
}

/** More than half of its text is link text: menus, "Login · Log Out", share rows, lone links. */
export const MAX_LINK_DENSITY = 0.5;

/**
 * A list most of whose items are nothing but a link: a menu or a breadcrumb trail (whose last item,
 * the page itself, is often plain text), whatever its link density as a whole.
 */
export function isLinkList(element: Element, statsOf: (element: Element) => ElementStats | undefined): boolean {
  if (!["ul", "ol"].includes(element.localName)) return false;
  const items = [...element.children].filter((child) => child.localName === "li");
  if (items.length < 2) return false;
  const linkItems = items.filter((item) => {
    const stats = statsOf(item);
    return stats !== undefined && stats.chars > 0 && linkDensity(stats) >= 0.8;
  });
  return linkItems.length * 3 >= items.length * 2;
}

/** A story card: one heading that links to another page, with at most a short blurb. */
export const MAX_TEASER_WORDS = 60;

/** A site's copyright line is short and carries the sign; an article's paragraphs rarely do. */
export const MAX_COPYRIGHT_LINE_WORDS = 30;

export function isCopyrightLine(element: Element, stats: ElementStats): boolean {
  return stats.words <= MAX_COPYRIGHT_LINE_WORDS && (element.textContent ?? "").includes("©");
}

/** Which chrome rule an element meets, or null when none does. */
export function chromeRule(element: Element, statsOf: (element: Element) => ElementStats | undefined): ChromeRule | null {
  if (isChromeLandmark(element)) return "landmark";
  if (hasChromeName(element)) return "name";
  const stats = statsOf(element);
  if (!stats) return null;
  if (linkDensity(stats) > MAX_LINK_DENSITY) return "link-cluster";
  if (isLinkList(element, statsOf)) return "link-list";
  if (stats.teaserHeadings === 1 && stats.words <= MAX_TEASER_WORDS) return "teaser";
  if (isCopyrightLine(element, stats)) return "copyright";
  return null;
}
