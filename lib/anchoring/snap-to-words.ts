import type { Span } from "./types";
import { codePointAfter, codePointBefore, splitsSurrogatePair } from "./unicode";

const WORD = /^[\p{L}\p{N}\p{M}]$/u;
const DIGIT = /^\p{Nd}$/u;
const MARK = /^\p{M}$/u;
// Format characters (zero-width spaces, joiners) are invisible, so an edge made of them is noise.
const TRIMMABLE = /^[\s\p{P}\p{Cc}\p{Cf}]$/u;
const APOSTROPHES_AND_HYPHENS = new Set(["'", "’", "-", "‐", "‑"]);
// Decimal and thousands separators keep "3.5" and "1,000" whole.
const NUMBER_SEPARATORS = new Set([".", ","]);
// A percent sign is punctuation to Unicode, but "5%" loses its meaning without it.
const UNIT_SIGNS = new Set(["%", "‰", "‱"]);

/**
 * Expands a selection to whole words and trims whitespace/punctuation at its edges, so a sloppy
 * drag ("abour’s pl") becomes "Labour’s plan". A selection with no word character keeps its
 * non-space content; a whitespace-only selection is returned unchanged so validateSpan can say why.
 */
export function snapToWords(text: string, start: number, end: number): Span {
  let from = clamp(Math.min(start, end), text.length);
  let to = clamp(Math.max(start, end), text.length);
  if (splitsSurrogatePair(text, from)) from -= 1;
  if (splitsSurrogatePair(text, to)) to += 1;

  const selected = text.slice(from, to);
  if (!/\S/u.test(selected)) return { start: from, end: to };
  if (!/[\p{L}\p{N}]/u.test(selected)) return keepMarksWithBase(text, trimWhitespace(text, from, to));

  while (from < to && isTrimmableAt(text, from)) from += codePointAfter(text, from).size;
  while (to > from && isTrimmableBefore(text, to)) to -= codePointBefore(text, to).size;

  return keepMarksWithBase(text, expandToWholeWords(text, from, to));
}

/** Whether `offset` falls between two characters of the same word ("Lab|our’s", "well-|known"). */
export function isInsideWord(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isWordAt(text, offset) && isWordAt(text, offset - codePointBefore(text, offset).size);
}

/** Moves a start or end that falls inside a word out to that word's edge. */
export function expandToWholeWords(text: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (isInsideWord(text, from)) from -= codePointBefore(text, from).size;
  while (isInsideWord(text, to)) to += codePointAfter(text, to).size;
  return { start: from, end: to };
}

// A combining accent belongs to the character before it ("e\u0301" is one letter to a reader).
function keepMarksWithBase(text: string, span: Span): Span {
  let { start, end } = span;
  while (start > 0 && MARK.test(charAfter(text, start))) start -= codePointBefore(text, start).size;
  while (end < text.length && MARK.test(charAfter(text, end))) end += codePointAfter(text, end).size;
  return { start, end };
}

function clamp(offset: number, length: number): number {
  if (Number.isNaN(offset)) return 0;
  return Math.min(length, Math.max(0, Math.trunc(offset)));
}

function trimWhitespace(text: string, from: number, to: number): Span {
  while (from < to && /\s/u.test(text.charAt(from))) from += 1;
  while (to > from && /\s/u.test(text.charAt(to - 1))) to -= 1;
  return { start: from, end: to };
}

/** Whether the code point starting at `offset` is part of a word, counting inner connectors. */
function isWordAt(text: string, offset: number): boolean {
  const { codePoint, size } = codePointAfter(text, offset);
  if (size === 0) return false;
  const char = String.fromCodePoint(codePoint);
  if (WORD.test(char)) return true;
  const before = charBefore(text, offset);
  const after = charAfter(text, offset + size);
  if (APOSTROPHES_AND_HYPHENS.has(char)) return WORD.test(before) && WORD.test(after);
  if (NUMBER_SEPARATORS.has(char)) return DIGIT.test(before) && DIGIT.test(after);
  return false;
}

function isTrimmableAt(text: string, offset: number): boolean {
  const { codePoint } = codePointAfter(text, offset);
  return TRIMMABLE.test(String.fromCodePoint(codePoint)) && !isWordAt(text, offset);
}

function isTrimmableBefore(text: string, offset: number): boolean {
  const { codePoint, size } = codePointBefore(text, offset);
  const char = String.fromCodePoint(codePoint);
  if (UNIT_SIGNS.has(char) && WORD.test(charBefore(text, offset - size))) return false;
  return TRIMMABLE.test(char) && !isWordAt(text, offset - size);
}

function charBefore(text: string, offset: number): string {
  const { codePoint, size } = codePointBefore(text, offset);
  return size === 0 ? "" : String.fromCodePoint(codePoint);
}

function charAfter(text: string, offset: number): string {
  const { codePoint, size } = codePointAfter(text, offset);
  return size === 0 ? "" : String.fromCodePoint(codePoint);
}
