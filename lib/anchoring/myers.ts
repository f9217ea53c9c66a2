// Approximate string matching with Myers' bit-parallel algorithm (G. Myers, "A fast bit-vector
// algorithm for approximate string matching based on dynamic programming", JACM 1999), in the
// block form of its section 4 so patterns longer than 32 code units work. It is the algorithm
// behind the `approx-string-match` package that Hypothesis uses; it is written out here because
// we also need every locally-best match (not only the globally best ones) and anchored distances
// for scoring context, and it keeps the module dependency-free.
//
// Cost is O(text length × ⌈pattern length / 32⌉): one 32-bit word operation per pattern block and
// text character instead of one per pattern character.

const WORD_SIZE = 32;
const HIGH_BIT = 1 << 31;

export type CompiledPattern = {
  length: number;
  blocks: number;
  /**
   * Row of `masks` for each code unit that occurs in the pattern; code units that do not occur
   * use row 0, which is all zeros.
   */
  rows: Map<number, number>;
  /** `blocks` words per row: bit r of word b is set where the code unit is at index 32·b + r. */
  masks: Int32Array;
  /** Bit of the pattern's last row within the last block. */
  lastBit: number;
  /** `rows` as a table indexed by code unit, built for long scans where Map lookups dominate. */
  table?: Int32Array;
};

export type ApproxMatch = { start: number; end: number; errors: number };

// One flat typed array rather than one per distinct character: compiling happens once per
// annotation and context, and typed-array allocations dominate that cost.
export function compilePattern(pattern: string): CompiledPattern {
  const blocks = Math.ceil(pattern.length / WORD_SIZE);
  const rows = new Map<number, number>();
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (!rows.has(code)) rows.set(code, rows.size + 1);
  }
  const masks = new Int32Array((rows.size + 1) * blocks);
  for (let i = 0; i < pattern.length; i++) {
    const at = (rows.get(pattern.charCodeAt(i)) ?? 0) * blocks + ((i / WORD_SIZE) | 0);
    masks[at] = (masks[at] ?? 0) | (1 << i % WORD_SIZE);
  }
  return {
    length: pattern.length,
    blocks,
    rows,
    masks,
    lastBit: pattern.length === 0 ? 0 : 1 << (pattern.length - 1) % WORD_SIZE,
  };
}

// Beyond this many columns a 256 KiB code-unit table is cheaper than a Map lookup per column.
const LONG_SCAN = 4_096;

function rowTable(pattern: CompiledPattern): Int32Array {
  if (!pattern.table) {
    // charCodeAt is always below 2^16, surrogate halves included.
    pattern.table = new Int32Array(0x10000);
    for (const [code, row] of pattern.rows) pattern.table[code] = row;
  }
  return pattern.table;
}

/**
 * Walks `count` code units of `text` from `from` in direction `step`, reporting for each column
 * (number of code units consumed, 0…count) the edit distance between the whole pattern and the
 * best text segment ending there, whenever it is at most `maxErrors`.
 *
 * - `anchored: false` (search): the segment may start anywhere; used to find matches.
 * - `anchored: true`: the segment must start at `from`; column 0 (empty segment) is reported too.
 */
export function scanDistances(
  pattern: CompiledPattern,
  text: string,
  from: number,
  step: 1 | -1,
  count: number,
  anchored: boolean,
  maxErrors: number,
  visit: (column: number, errors: number) => void,
): void {
  const { blocks, rows, masks, lastBit } = pattern;
  const table = count > LONG_SCAN ? rowTable(pattern) : null;
  let score = pattern.length;
  if (anchored && score <= maxErrors) visit(0, score);
  if (blocks === 0) return;
  if (blocks === 1) {
    scanOneBlock(pattern, table, text, from, step, count, anchored, maxErrors, visit);
    return;
  }

  // Column 0 is D[i][0] = i: every vertical delta is +1.
  const positive = new Int32Array(blocks).fill(-1);
  const negative = new Int32Array(blocks);

  let index = from;
  for (let column = 1; column <= count; column++, index += step) {
    const code = text.charCodeAt(index);
    const row = (table ? (table[code] ?? 0) : (rows.get(code) ?? 0)) * blocks;
    // Row 0 is free in search mode (delta 0) and costs one per consumed code unit when anchored.
    let carry = anchored ? 1 : 0;
    for (let b = 0; b < blocks; b++) {
      const pv = positive[b] ?? 0;
      const mv = negative[b] ?? 0;
      const eq = (masks[row + b] ?? 0) | (carry < 0 ? 1 : 0);
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const bottom = b === blocks - 1 ? lastBit : HIGH_BIT;
      const out = (ph & bottom) !== 0 ? 1 : (mh & bottom) !== 0 ? -1 : 0;
      ph = (ph << 1) | (carry > 0 ? 1 : 0);
      mh = (mh << 1) | (carry < 0 ? 1 : 0);
      positive[b] = mh | ~(xv | ph);
      negative[b] = ph & xv;
      carry = out;
    }
    score += carry;
    if (score <= maxErrors) visit(column, score);
  }
}

// scanDistances for patterns of at most 32 code units, with the state in locals: it runs over
// the whole text for short quotes and over every candidate's context.
function scanOneBlock(
  pattern: CompiledPattern,
  table: Int32Array | null,
  text: string,
  from: number,
  step: 1 | -1,
  count: number,
  anchored: boolean,
  maxErrors: number,
  visit: (column: number, errors: number) => void,
): void {
  const { rows, masks, lastBit } = pattern;
  const rowZeroDelta = anchored ? 1 : 0;
  let pv = -1;
  let mv = 0;
  let score = pattern.length;
  for (let column = 1, index = from; column <= count; column++, index += step) {
    const code = text.charCodeAt(index);
    const eq = masks[table ? (table[code] ?? 0) : (rows.get(code) ?? 0)] ?? 0;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    const ph = mv | ~(xh | pv);
    const mh = pv & xh;
    if ((ph & lastBit) !== 0) score += 1;
    else if ((mh & lastBit) !== 0) score -= 1;
    const phShifted = (ph << 1) | rowZeroDelta;
    const mhShifted = mh << 1;
    pv = mhShifted | ~(xv | phShifted);
    mv = phShifted & xv;
    if (score <= maxErrors) visit(column, score);
  }
}

/**
 * Smallest edit distance between the pattern and a segment of `text` that starts at `from` and
 * runs up to `count` code units in direction `step` (reverse the pattern when `step` is -1).
 */
export function anchoredDistance(
  pattern: CompiledPattern,
  text: string,
  from: number,
  step: 1 | -1,
  count: number,
): number {
  let best = pattern.length;
  scanDistances(pattern, text, from, step, count, true, pattern.length, (_column, errors) => {
    if (errors < best) best = errors;
  });
  return best;
}

/** Edit distance between the whole pattern and exactly text[from, to). */
export function editDistance(pattern: CompiledPattern, text: string, from: number, to: number): number {
  let distance = pattern.length + (to - from);
  scanDistances(pattern, text, from, 1, to - from, true, Infinity, (column, errors) => {
    if (column === to - from) distance = errors;
  });
  return distance;
}

export type ApproxSearchOptions = {
  /** Search only text[from, to). */
  from?: number;
  to?: number;
  /** Drop matches with fewer errors (1 skips exact occurrences). */
  minErrors?: number;
  /** Keep at most this many matches, preferring fewer errors, then a start nearer `hint`. */
  maxMatches?: number;
  hint?: number;
};

/**
 * Finds approximate occurrences of `pattern` in `text` with at most `maxErrors` edits. Each
 * returned match is a local best: its end has no neighbouring end with fewer errors, so one
 * occurrence yields one match (not the whole run of near-ends around it) while two separate
 * occurrences with different error counts are both kept for the caller to rank.
 */
export function approxSearch(
  text: string,
  pattern: string,
  maxErrors: number,
  options: ApproxSearchOptions = {},
): ApproxMatch[] {
  if (pattern.length === 0) return [];
  const from = Math.max(0, options.from ?? 0);
  const to = Math.min(text.length, options.to ?? text.length);
  if (to <= from) return [];
  const limit = Math.min(maxErrors, pattern.length);

  const ends: number[] = [];
  const errors: number[] = [];
  scanDistances(compilePattern(pattern), text, from, 1, to - from, false, limit, (column, found) => {
    ends.push(from + column);
    errors.push(found);
  });

  const localBest: ApproxMatch[] = [];
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] ?? 0;
    const found = errors[i] ?? 0;
    const before = ends[i - 1] === end - 1 ? (errors[i - 1] ?? Infinity) : Infinity;
    const after = ends[i + 1] === end + 1 ? (errors[i + 1] ?? Infinity) : Infinity;
    if (found <= before && found <= after && found >= (options.minErrors ?? 0)) {
      localBest.push({ start: -1, end, errors: found });
    }
  }

  const hint = options.hint;
  const distance = (match: ApproxMatch) => (hint === undefined ? 0 : Math.abs(match.end - pattern.length - hint));
  localBest.sort((a, b) => a.errors - b.errors || distance(a) - distance(b));
  const kept = localBest.slice(0, options.maxMatches ?? localBest.length);

  const reversed = compilePattern(reverse(pattern));
  const seen = new Set<string>();
  const matches: ApproxMatch[] = [];
  for (const match of kept) {
    match.start = match.end - matchLength(reversed, text, match.end, from, match.errors);
    const key = `${match.start}:${match.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    matches.push(match);
  }
  return matches;
}

// Several starts can give the same error count; prefer the length closest to the pattern's (then
// the longer one) so a match neither swallows nor drops a neighbouring character needlessly.
function matchLength(reversed: CompiledPattern, text: string, end: number, from: number, errors: number): number {
  let bestLength = -1;
  let bestErrors = Infinity;
  const count = Math.min(end - from, reversed.length + errors);
  scanDistances(reversed, text, end - 1, -1, count, true, errors, (column, found) => {
    const closer =
      found < bestErrors ||
      (found === bestErrors &&
        (Math.abs(column - reversed.length) < Math.abs(bestLength - reversed.length) ||
          (Math.abs(column - reversed.length) === Math.abs(bestLength - reversed.length) && column > bestLength)));
    if (closer) {
      bestErrors = found;
      bestLength = column;
    }
  });
  return Math.max(bestLength, 0);
}

function reverse(value: string): string {
  let out = "";
  for (let i = value.length - 1; i >= 0; i--) out += value.charAt(i);
  return out;
}
