// Lays out one paragraph for the PDF: runs by font (text-runs.ts), lines broken to a width, and
// each line put in visual order by the Unicode Bidirectional Algorithm (bidi-js), so Arabic and
// Hebrew read right to left, with numbers and Latin words inside them left to right. PDFKit draws
// each piece where this puts it; it neither wraps nor reorders.
//
// Shaping stays with fontkit: a right-to-left word is handed over in logical order and fontkit
// returns its glyphs joined and reversed. So a right-to-left stretch is split at spaces, and it is
// the order of its words (and of anything fontkit would not reverse) that is reversed here.
import bidiFactory from "bidi-js";
import type { PdfFontFace, Script } from "./fonts";
import { textRuns } from "./text-runs";

export type Segment = { text: string; face?: PdfFontFace; color?: string };
/** Width in points of `text` drawn in the font of `script`/`face` at `size`. */
export type Measure = (script: Script, face: PdfFontFace, size: number, text: string) => number;
export type Piece = { text: string; script: Script; face: PdfFontFace; color: string; x: number; width: number };
export type Line = { pieces: Piece[]; scripts: Set<Script> };

type StyledRun = { start: number; end: number; script: Script; face: PdfFontFace; color: string };

const bidi = bidiFactory();
const NEEDS_BIDI = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u202A-\u202E\u2066-\u2069\u061C]/;
const INVISIBLE = /[\n\u200B\u200E\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF]/g;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const SPACE = /\s/;
// Chinese and Japanese have no spaces: a line may break next to any of their characters, except
// before closing punctuation and after opening punctuation.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\u30FC\uFF00-\uFFEF]/u;
const NO_BREAK_BEFORE = /[、。，．：；？！）」』】〉》〕ー々゛゜ぁぃぅぇぉっゃゅょァィゥェォッャュョ)\]}.,:;!?]/u;
const NO_BREAK_AFTER = /[（「『【〈《〔([{]/u;
const CONTINUES_CHARACTER = /[\p{M}\u200C\u200D\uFE0F\u{1F3FB}-\u{1F3FF}\uDC00-\uDFFF]/u;

function styledRuns(segments: Segment[], ink: string): { text: string; runs: StyledRun[] } {
  let text = "";
  const runs: StyledRun[] = [];
  for (const s of segments)
    for (const run of textRuns(s.text)) {
      runs.push({
        start: text.length,
        end: text.length + run.text.length,
        script: run.script,
        face: s.face ?? "regular",
        color: s.color ?? ink,
      });
      text += run.text;
    }
  return { text, runs };
}

/** Where a line may break: before each returned index (after spaces, around CJK, at a newline). */
function breakOpportunities(text: string): number[] {
  const breaks: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const before = text[i - 1]!;
    const at = text[i]!;
    if (before === "\n") breaks.push(i);
    else if (SPACE.test(at)) continue;
    else if (SPACE.test(before)) breaks.push(i);
    else if ((CJK.test(at) || CJK.test(before)) && !NO_BREAK_BEFORE.test(at) && !NO_BREAK_AFTER.test(before)) breaks.push(i);
  }
  breaks.push(text.length);
  return breaks;
}

type Ctx = { text: string; runs: StyledRun[]; size: number; measure: Measure; levels?: ReturnType<typeof bidi.getEmbeddingLevels> };

function width(ctx: Ctx, start: number, end: number): number {
  let total = 0;
  for (const run of ctx.runs) {
    if (run.end <= start || run.start >= end) continue;
    const part = ctx.text.slice(Math.max(start, run.start), Math.min(end, run.end)).replace(INVISIBLE, "");
    if (part) total += ctx.measure(run.script, run.face, ctx.size, part);
  }
  return total;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return end;
}

/** Splits a word wider than a line between characters (a long URL, say). */
function splitLongWord(ctx: Ctx, start: number, end: number, max: number): [number, number][] {
  const parts: [number, number][] = [];
  let from = start;
  let used = 0;
  for (let i = start; i < end; i++) {
    let next = i + 1;
    while (next < end && CONTINUES_CHARACTER.test(ctx.text[next]!)) next++;
    const w = width(ctx, i, next);
    if (used + w > max && i > from) {
      parts.push([from, i]);
      from = i;
      used = 0;
    }
    used += w;
    i = next - 1;
  }
  parts.push([from, end]);
  return parts;
}

/** Logical [start, end) ranges of the lines, trailing spaces excluded. */
function breakLines(ctx: Ctx, maxWidth: number): [number, number][] {
  const lines: [number, number][] = [];
  let lineStart = 0;
  let used = 0; // width of [lineStart, tokenStart), spaces included
  let tokenStart = 0;
  for (const next of breakOpportunities(ctx.text)) {
    const contentEnd = trimEnd(ctx.text, tokenStart, next);
    let tokenWidth = width(ctx, tokenStart, contentEnd);
    if (tokenStart > lineStart && used + tokenWidth > maxWidth) {
      lines.push([lineStart, trimEnd(ctx.text, lineStart, tokenStart)]);
      lineStart = tokenStart;
      used = 0;
    }
    if (used + tokenWidth > maxWidth) {
      const parts = splitLongWord(ctx, tokenStart, contentEnd, maxWidth);
      for (const part of parts.slice(0, -1)) lines.push(part);
      lineStart = parts.at(-1)![0];
      tokenWidth = width(ctx, lineStart, contentEnd);
    }
    used += tokenWidth + width(ctx, contentEnd, next);
    tokenStart = next;
    if (ctx.text[next - 1] === "\n") {
      lines.push([lineStart, contentEnd]);
      lineStart = next;
      used = 0;
    }
  }
  if (tokenStart > lineStart || lines.length === 0) lines.push([lineStart, trimEnd(ctx.text, lineStart, tokenStart)]);
  return lines;
}

type Logical = { start: number; end: number; run: StyledRun; level: number };

/** The line's pieces (one font, colour and bidi level each), right-to-left stretches split at spaces. */
function logicalPieces(ctx: Ctx, start: number, end: number): Logical[] {
  const pieces: Logical[] = [];
  for (const run of ctx.runs) {
    if (run.end <= start || run.start >= end) continue;
    let from = Math.max(start, run.start);
    const to = Math.min(end, run.end);
    for (let i = from + 1; i <= to; i++) {
      const level = ctx.levels?.levels[from] ?? 0;
      const boundary =
        i === to ||
        (ctx.levels?.levels[i] ?? 0) !== level ||
        (level % 2 === 1 && SPACE.test(ctx.text[i]!) !== SPACE.test(ctx.text[i - 1]!));
      if (boundary) {
        pieces.push({ start: from, end: i, run, level });
        from = i;
      }
    }
  }
  return pieces;
}

/** Rule L2 of the bidi algorithm on whole pieces: reverse every stretch at each odd level or higher. */
function visualOrder(pieces: Logical[]): Logical[] {
  const order = [...pieces];
  const levels = order.map((p) => p.level);
  const max = Math.max(...levels);
  const minOdd = Math.min(...levels.filter((l) => l % 2 === 1));
  for (let level = max; level >= minOdd; level--)
    for (let i = 0; i < order.length; i++) {
      if (order[i]!.level < level) continue;
      let j = i;
      while (j + 1 < order.length && order[j + 1]!.level >= level) j++;
      order.splice(i, j - i + 1, ...order.slice(i, j + 1).reverse());
      i = j;
    }
  return order;
}

function drawnText(ctx: Ctx, piece: Logical): string {
  if (piece.level % 2 === 0 || !ctx.levels) return ctx.text.slice(piece.start, piece.end).replace(INVISIBLE, "");
  const mirrors = bidi.getMirroredCharactersMap(ctx.text, ctx.levels.levels, piece.start, piece.end - 1);
  let text = "";
  for (let i = piece.start; i < piece.end; i++) text += mirrors.get(i) ?? ctx.text[i];
  text = text.replace(INVISIBLE, "");
  // fontkit reverses what is in a right-to-left script; anything else at an odd level is reversed here.
  return RTL_LETTER.test(text) ? text : [...text].reverse().join("");
}

/** Lays a paragraph out in lines of at most `maxWidth` points; x positions start at 0. */
export function layoutParagraph(segments: Segment[], options: { size: number; maxWidth: number; measure: Measure; ink: string }): Line[] {
  const { text, runs } = styledRuns(segments, options.ink);
  if (!text) return [];
  const ctx: Ctx = { text, runs, size: options.size, measure: options.measure };
  if (NEEDS_BIDI.test(text)) ctx.levels = bidi.getEmbeddingLevels(text, "auto");
  const rtl = (ctx.levels?.paragraphs[0]?.level ?? 0) % 2 === 1;
  return breakLines(ctx, options.maxWidth).map(([start, end]) => {
    const logical = logicalPieces(ctx, start, end);
    const pieces: Piece[] = [];
    let x = 0;
    for (const p of ctx.levels ? visualOrder(logical) : logical) {
      const drawn = drawnText(ctx, p);
      if (!drawn) continue;
      const w = options.measure(p.run.script, p.run.face, options.size, drawn);
      pieces.push({ text: drawn, script: p.run.script, face: p.run.face, color: p.run.color, x, width: w });
      x += w;
    }
    // A right-to-left paragraph is aligned right.
    if (rtl) for (const piece of pieces) piece.x += options.maxWidth - x;
    return { pieces, scripts: new Set(pieces.map((p) => p.script)) };
  });
}
