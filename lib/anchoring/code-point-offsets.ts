// Offsets in Unicode code points, for formats that count characters that way (the W3C Web
// Annotation's TextPositionSelector), converted to and from the UTF-16 code units the app keeps.
// A text is indexed once (where its astral code points are), so each conversion is a binary search,
// not a scan from the start: an export of thousands of annotations stays linear in the text.
import { isHighSurrogate, isLowSurrogate } from "./unicode";

export type CodePointOffsets = {
  /** Code points before `units` UTF-16 code units (an offset inside a pair counts its high half as one). */
  toCodePoints(units: number): number;
  /** UTF-16 code units before `codePoints` code points, or null past the end of the text. */
  toCodeUnits(codePoints: number): number | null;
  /** The text's length in code points. */
  length: number;
};

/** How many of the ascending `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function codePointOffsets(text: string): CodePointOffsets {
  // Where each surrogate pair starts, in code units and in code points.
  const pairUnits: number[] = [];
  const pairCodePoints: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      pairCodePoints.push(i - pairUnits.length);
      pairUnits.push(i);
      i++;
    }
  }
  const length = text.length - pairUnits.length;
  return {
    length,
    // A pair counts as one code point once both of its halves are before the offset.
    toCodePoints: (units) => units - countBelow(pairUnits, units - 1),
    toCodeUnits: (codePoints) =>
      Number.isInteger(codePoints) && codePoints >= 0 && codePoints <= length ? codePoints + countBelow(pairCodePoints, codePoints) : null,
  };
}
