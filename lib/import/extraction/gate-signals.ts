// Whether a page keeps its article behind a sign-in or a paywall: a password field in the page's
// content (not in its header or a menu, where many sites keep a sign-in box), a paywall box, or the
// publisher's own paywall marking. Read before forms and scripts are removed.
import { isChromeLandmark, nameWords } from "./chrome-rules";

const PAYWALL_WORDS = new Set(["paywall", "regwall", "registrationwall", "meter", "metered"]);

export function hasSignInWall(document: Document): boolean {
  for (const field of document.querySelectorAll('input[type="password" i]')) if (!insideChrome(field)) return true;
  for (const element of document.querySelectorAll("[class], [id]"))
    if (nameWords(element).some((word) => PAYWALL_WORDS.has(word)) && !insideChrome(element)) return true;
  return false;
}

function insideChrome(element: Element): boolean {
  for (let node = element.parentElement; node; node = node.parentElement)
    if (isChromeLandmark(node) || node.localName === "header") return true;
  return false;
}
