// Helpers for offsets that must not land inside a surrogate pair: half an emoji is not text a
// reader can see, and slicing there produces lone surrogates that break JSON round-trips.

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** The code point that starts at `offset` and its length in code units (0 at the end). */
export function codePointAfter(text: string, offset: number): { codePoint: number; size: number } {
  const codePoint = text.codePointAt(offset);
  if (codePoint === undefined) return { codePoint: -1, size: 0 };
  return { codePoint, size: codePoint > 0xffff ? 2 : 1 };
}

/** The code point that ends at `offset` and its length in code units (0 at the start). */
export function codePointBefore(text: string, offset: number): { codePoint: number; size: number } {
  if (offset <= 0) return { codePoint: -1, size: 0 };
  const low = text.charCodeAt(offset - 1);
  if (isLowSurrogate(low) && offset >= 2 && isHighSurrogate(text.charCodeAt(offset - 2))) {
    return { codePoint: text.codePointAt(offset - 2) ?? low, size: 2 };
  }
  return { codePoint: low, size: 1 };
}
