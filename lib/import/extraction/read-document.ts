// linkedom, unlike a browser, leaves content outside <body> when a document has no <body> tag (a
// fragment, or an <html> with only a <head>): the extractors read document.body, so it is mended
// as a browser's parser would have built it.
import { parseHTML } from "linkedom";

const DOCTYPE = /^\s*<!doctype[^>]*>/i;

export function readDocument(html: string): Document {
  const document = parseHTML(html).document as unknown as Document;
  const root = document.documentElement;
  // A fragment: its first element became the root.
  if (!root || root.localName !== "html")
    return parseHTML(`<!DOCTYPE html><html><head></head><body>${html.replace(DOCTYPE, "")}</body></html>`).document as unknown as Document;
  const body = document.body;
  const before: ChildNode[] = [];
  const after: ChildNode[] = [];
  let seenBody = false;
  for (const node of [...root.childNodes]) {
    if (node === body) seenBody = true;
    else if ((node as Element).localName !== "head") (seenBody ? after : before).push(node);
  }
  body.prepend(...before);
  body.append(...after);
  return document;
}
