// Removes a page's chrome before the fallback extractor reads it (see chrome-rules.ts for what
// counts as chrome). Top-down: a menu goes as a whole, and an element that is not chrome is
// looked into. Running text is never cut up: a link inside a sentence stays with the sentence.
import { chromeRule, type ChromeRule } from "./chrome-rules";
import { measureTree, type ElementStats } from "./element-stats";

// Text blocks whose inline content is running text: the block is judged, its contents are not.
const TEXT_BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "figcaption", "dt", "dd", "caption"]);
const INLINE = new Set([
  "a",
  "span",
  "b",
  "strong",
  "i",
  "em",
  "small",
  "time",
  "abbr",
  "cite",
  "code",
  "q",
  "sup",
  "sub",
  "mark",
  "u",
  "s",
  "label",
  "font",
]);
const SUBHEADING = /^h[2-6]$/;
const HAS_WORD = /[\p{L}\p{N}]/u;
const TEXT_NODE = 3;

/** pageWords: the words the page had before; removed: what went, by the rule that removed it. */
export type PruneResult = { pageWords: number; removedWords: number; removed: { rule: ChromeRule; words: number }[] };

/**
 * Removes the chrome inside `root` in place. An element that holds more than half of the page's
 * paragraph words is a wrapper around the article, whatever its name: it is looked into, never
 * removed whole (sites call wrappers "has-sidebar" too).
 */
export function pruneChrome(root: Element): PruneResult {
  const stats = measureTree(root);
  const statsOf = (element: Element) => stats.get(element);
  const page = stats.get(root)!;
  // Pages without <p> elements: all their words are the measure instead.
  const isWrapper = (element: Element) => {
    const own = stats.get(element);
    if (!own) return false;
    return page.paragraphWords > 0 ? own.paragraphWords * 2 > page.paragraphWords : own.words * 2 > page.words;
  };
  const result: PruneResult = { pageWords: page.words, removedWords: 0, removed: [] };
  const bereaved = new Set<Element>();

  const visit = (element: Element) => {
    if (element !== root && !isWrapper(element)) {
      const rule = chromeRule(element, statsOf);
      if (rule) {
        const words = stats.get(element)?.words ?? 0;
        result.removed.push({ rule, words });
        result.removedWords += words;
        if (element.parentElement) bereaved.add(element.parentElement);
        element.remove();
        return;
      }
    }
    if (TEXT_BLOCKS.has(element.localName)) return;
    const hasRunningText = hasOwnWords(element);
    for (const child of [...element.children]) if (!(hasRunningText && INLINE.has(child.localName))) visit(child);
  };
  visit(root);
  result.removedWords += removeOrphanHeadings(bereaved, stats);
  return result;
}

/** Words directly in an element: its inline children are then part of a sentence, not blocks of their own. */
function hasOwnWords(element: Element): boolean {
  for (let node = element.firstChild; node; node = node.nextSibling)
    if (node.nodeType === TEXT_NODE && HAS_WORD.test(node.textContent ?? "")) return true;
  return false;
}

/**
 * A subheading left last in a box whose other contents were removed headed that chrome ("Most
 * read", "More on this story"): it goes too.
 */
function removeOrphanHeadings(bereaved: Set<Element>, stats: Map<Element, ElementStats>): number {
  let words = 0;
  for (const parent of bereaved) {
    for (let last = parent.lastElementChild; last && SUBHEADING.test(last.localName) && !textAfter(last); last = parent.lastElementChild) {
      words += stats.get(last)?.words ?? 0;
      last.remove();
    }
  }
  return words;
}

function textAfter(element: Element): boolean {
  for (let node = element.nextSibling; node; node = node.nextSibling) if (HAS_WORD.test(node.textContent ?? "")) return true;
  return false;
}
