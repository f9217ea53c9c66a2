import { CONTEXT_LENGTH } from "@/lib/anchoring/describe-span";

/** A finding's passage as a report prints it: the words around the highlight, and whether the text goes on. */
export type Passage = { before: string; exact: string; after: string; cutBefore: boolean; cutAfter: boolean };

/**
 * The stored context is 32 characters either side of the highlight, cut wherever 32 fell, so a
 * report printed it as "…t week's general election" and "the unimpeacha…". A reader gets whole
 * words from the highlight's own paragraph: a cut word is dropped, and a paragraph break ends the
 * context (the text does not go on past it in the same line). The stored selectors themselves
 * (W3C and JSON exports) keep the exact 32 characters.
 */
export function passageOf(f: { prefix: string; exact: string; suffix: string }): Passage {
  let before = f.prefix;
  let cutBefore = before.length >= CONTEXT_LENGTH - 1;
  const paragraphStart = before.lastIndexOf("\n");
  if (paragraphStart >= 0) {
    before = before.slice(paragraphStart + 1);
    cutBefore = false;
  } else if (cutBefore && /^\S/.test(before)) {
    // Starts inside a word (or the word before it is unknown): whole words only.
    before = before.replace(/^\S*/, "");
  }
  let after = f.suffix;
  let cutAfter = after.length >= CONTEXT_LENGTH - 1;
  const paragraphEnd = after.indexOf("\n");
  if (paragraphEnd >= 0) {
    after = after.slice(0, paragraphEnd);
    cutAfter = false;
  } else if (cutAfter && /\S$/.test(after)) {
    after = after.replace(/\S*$/, "");
  }
  return {
    before: collapse(before.trimStart()),
    exact: f.exact,
    after: collapse(cutAfter ? after.trimEnd() : after),
    cutBefore,
    cutAfter,
  };
}

const collapse = (text: string) => text.replace(/\s+/g, " ");
