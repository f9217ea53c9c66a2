// One pass over a tree, bottom-up, measuring what the chrome rules look at: how much text an
// element holds, how much of it is link text, how many of its words are in paragraphs, and how
// many teaser headings (headings that link to another page) it contains. Measured once, so the
// rules cost a lookup per element instead of a walk of its subtree.

export type ElementStats = {
  /** Characters of its text, whitespace left out. */
  chars: number;
  /** Those inside links. */
  linkChars: number;
  words: number;
  /** Words inside <p> elements. */
  paragraphWords: number;
  /** h2–h6 headings that link to another page, as story cards and promos have. */
  teaserHeadings: number;
  /** Links to another page (not to a place in this one, as skip links and footnotes are). */
  otherPageLinks: number;
};

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const WORD = /[\p{L}\p{N}]+/gu;
const TEASER_HEADING = /^h[2-6]$/;

export function measureTree(root: Element): Map<Element, ElementStats> {
  const stats = new Map<Element, ElementStats>();
  measure(root, false, false, stats);
  return stats;
}

/** The words of an element's text, counted text node by text node (textContent would join "end</p><p>Start"). */
export function countTextWords(root: Node): number {
  if (root.nodeType === TEXT_NODE) return root.textContent?.match(WORD)?.length ?? 0;
  let words = 0;
  for (let child = root.firstChild; child; child = child.nextSibling) words += countTextWords(child);
  return words;
}

/** Link density: the share of an element's text that is link text (0 for no text). */
export function linkDensity({ chars, linkChars }: ElementStats): number {
  return chars ? linkChars / chars : 0;
}

function measure(element: Element, inLink: boolean, inOtherPageLink: boolean, stats: Map<Element, ElementStats>): ElementStats {
  const name = element.localName;
  const isLink = name === "a" && element.hasAttribute("href");
  const linksElsewhere = isLink && !(element.getAttribute("href") ?? "").startsWith("#");
  const own: ElementStats = {
    chars: 0,
    linkChars: 0,
    words: 0,
    paragraphWords: 0,
    teaserHeadings: 0,
    otherPageLinks: linksElsewhere ? 1 : 0,
  };
  // Siblings rather than childNodes, which linkedom builds as a new array on every call.
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      const text = child.textContent ?? "";
      const chars = text.replace(/\s+/g, "").length;
      own.chars += chars;
      if (inLink || isLink) own.linkChars += chars;
      own.words += text.match(WORD)?.length ?? 0;
    } else if (child.nodeType === ELEMENT_NODE) {
      const inner = measure(child as Element, inLink || isLink, inOtherPageLink || linksElsewhere, stats);
      own.chars += inner.chars;
      own.linkChars += inner.linkChars;
      own.words += inner.words;
      own.paragraphWords += inner.paragraphWords;
      own.teaserHeadings += inner.teaserHeadings;
      own.otherPageLinks += inner.otherPageLinks;
    }
  }
  if (name === "p") own.paragraphWords = own.words;
  if (TEASER_HEADING.test(name) && (inOtherPageLink || own.otherPageLinks > 0)) own.teaserHeadings += 1;
  stats.set(element, own);
  return own;
}
