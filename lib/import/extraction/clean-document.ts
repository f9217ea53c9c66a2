// What goes before any extractor reads a page: what a reader never sees, and small boxes that
// interrupt articles.

// Never article text, and Readability would otherwise weigh some of them as content.
const REMOVED =
  'script, style, noscript, template, iframe, object, embed, form, button, select, textarea, [hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i], [style*="visibility:hidden" i], [style*="visibility: hidden" i]';
// Boxes that interrupt articles (newsletter sign-ups, share bars, donation appeals) and that
// Readability's own class-name rules miss. Only small boxes go: a big element with such a class is
// more likely a wrapper around the article than furniture inside it.
const FURNITURE =
  '[class*="newsletter" i], [class*="signup" i], [class*="sign-up" i], [class*="subscribe" i], [class*="share" i], [class*="donate" i], [class*="promo" i], [id*="newsletter" i]';
const MAX_FURNITURE_CHARACTERS = 1000;

export function removeHiddenAndFurniture(document: Document): void {
  for (const element of document.querySelectorAll(REMOVED)) element.remove();
  for (const element of document.querySelectorAll(FURNITURE))
    if (!/^(ARTICLE|MAIN|BODY|HTML)$/.test(element.tagName) && (element.textContent?.length ?? 0) < MAX_FURNITURE_CHARACTERS)
      element.remove();
}
