// Timing sanity check for reanchorAll, kept out of the unit tests so slow CI machines cannot make
// them flaky. Run with: npx tsx lib/anchoring/bench.ts
import { performance } from "node:perf_hooks";
import { describeSpan } from "./describe-span";
import { reanchorAll, type AnnotationSelectors } from "./reanchor-all";
import { snapToWords } from "./snap-to-words";

const WORD_COUNT = 10_000;
const ANNOTATION_COUNT = 1_000;
const RUNS = 5;

// Deterministic generator so every run times the same work.
let seed = 42;
function random(): number {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
}
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

const COMMON = ["the", "a", "of", "to", "and", "in", "that", "is", "was", "for", "on", "with", "by", "said"];
const SYLLABLES = ["ban", "cor", "del", "fin", "gov", "lab", "mar", "nor", "pol", "ric", "sta", "ter", "ven", "wel"];
// Made-up words so that quotes recur about as rarely as in real prose.
const LEXICON = Array.from({ length: 2_000 }, () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(""));

function generateText(): string {
  const paragraphs: string[] = [];
  let sentence: string[] = [];
  let paragraph: string[] = [];
  for (let i = 0; i < WORD_COUNT; i++) {
    const word = random() < 0.4 ? pick(COMMON) : pick(LEXICON);
    sentence.push(random() < 0.03 ? `£${Math.floor(random() * 900)}m` : word);
    if (sentence.length >= 8 + Math.floor(random() * 14)) {
      const text = sentence.join(" ");
      paragraph.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
      sentence = [];
      if (paragraph.length >= 4) {
        paragraphs.push(paragraph.join(" "));
        paragraph = [];
      }
    }
  }
  paragraphs.push([...paragraph, sentence.join(" ")].join(" "));
  return paragraphs.join("\n\n");
}

function makeAnnotations(text: string): AnnotationSelectors[] {
  return Array.from({ length: ANNOTATION_COUNT }, (_, index) => {
    const start = Math.floor(random() * (text.length - 200));
    const span = snapToWords(text, start, start + 10 + Math.floor(random() * 80));
    const { position, quote } = describeSpan(text, span.start, span.end);
    return { id: `a${index}`, position, quote };
  });
}

type Edit = { at: number; remove: number; insert: string };

// A typical correction: a sentence inserted near the top (shifts almost every annotation), a
// figure changed mid-article and a sentence deleted near the end. Offsets refer to the original.
function planCorrection(text: string): Edit[] {
  const insertAt = text.indexOf(". ", 500) + 2;
  const figureAt = text.indexOf("£", text.length / 2);
  const figureEnd = text.indexOf("m", figureAt) + 1;
  const sentenceStart = text.indexOf(". ", text.length - 5_000) + 2;
  const sentenceEnd = text.indexOf(". ", sentenceStart) + 2;
  return [
    { at: insertAt, remove: 0, insert: "This sentence was added in a correction. " },
    { at: figureAt, remove: figureEnd - figureAt, insert: "£1,234m" },
    { at: sentenceStart, remove: sentenceEnd - sentenceStart, insert: "" },
  ];
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  return [...edits]
    .sort((a, b) => b.at - a.at)
    .reduce((out, edit) => out.slice(0, edit.at) + edit.insert + out.slice(edit.at + edit.remove), text);
}

// Where a span should end up: shifted by edits before it, grown by insertions inside it, or null
// when an edit deletes or replaces part of it (then there is no single right answer).
function expectedSpan(start: number, end: number, edits: readonly Edit[]): { start: number; end: number } | null {
  let span = { start, end };
  for (const edit of edits) {
    const delta = edit.insert.length - edit.remove;
    if (edit.at + edit.remove <= start) span = { start: span.start + delta, end: span.end + delta };
    else if (edit.at >= end) continue;
    else if (edit.remove === 0) span = { start: span.start, end: span.end + delta };
    else return null;
  }
  return span;
}

// The worst realistic case: a whitespace-only correction that touches every sentence boundary,
// so every annotation spanning one needs the (slower) fuzzy search.
function planDoubleSpacing(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let at = text.indexOf(". "); at !== -1; at = text.indexOf(". ", at + 1)) {
    edits.push({ at: at + 1, remove: 0, insert: " " });
  }
  return edits;
}

const original = generateText();
const annotations = makeAnnotations(original);
const edits = planCorrection(original);
const corrected = applyEdits(original, edits);
const spacing = planDoubleSpacing(original);
const doubleSpaced = applyEdits(original, spacing);
console.log(
  `text: ${WORD_COUNT.toLocaleString("en-GB")} words, ${original.length.toLocaleString("en-GB")} characters; ` +
    `${ANNOTATION_COUNT.toLocaleString("en-GB")} annotations`,
);

for (const [label, text, plan] of [
  ["unchanged text", original, []],
  ["after correction", corrected, edits],
  ["after double-spacing every sentence", doubleSpaced, spacing],
] as const) {
  const timings: number[] = [];
  let results = reanchorAll(text, annotations);
  for (let run = 0; run < RUNS; run++) {
    const began = performance.now();
    results = reanchorAll(text, annotations);
    timings.push(performance.now() - began);
  }
  const methods = { position: 0, quote: 0, fuzzy: 0, orphaned: 0 };
  let checkable = 0;
  let correct = 0;
  results.forEach(({ result }, index) => {
    methods[result ? result.method : "orphaned"] += 1;
    const position = annotations[index]?.position;
    const expected = position ? expectedSpan(position.start, position.end, plan) : null;
    if (!expected) return;
    checkable += 1;
    if (result?.start === expected.start && result.end === expected.end) correct += 1;
  });
  const sorted = [...timings].sort((a, b) => a - b);
  console.log(
    `${label}: median ${(sorted[Math.floor(RUNS / 2)] ?? 0).toFixed(1)} ms, ` +
      `min ${(sorted[0] ?? 0).toFixed(1)} ms, max ${(sorted[RUNS - 1] ?? 0).toFixed(1)} ms over ${RUNS} runs; ` +
      `methods ${JSON.stringify(methods)}; ` +
      `${correct}/${checkable} annotations not cut by an edit at their expected span`,
  );
}
