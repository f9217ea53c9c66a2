// Scores article extraction on the saved pages in lib/import/fixtures/pages: token precision
// (1 − boilerplate share of the imported words) and recall (share of the article's words kept)
// for each page, whether the headline and the other metadata match, and the time taken.
import { extractArticle } from "../../lib/import/extract-article.ts";
import { htmlToCanonical } from "../../lib/import/html-to-canonical.ts";
import { normaliseText } from "../../lib/import/normalise-text.ts";
import { readPageFixtures } from "../../lib/import/scoring/page-fixtures.ts";
import { tokenScores } from "../../lib/import/scoring/token-scores.ts";

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const FIELDS = ["byline", "publisher", "publishedOn", "canonicalUrl", "language"] as const;

let headlines = 0;
const precisions: number[] = [];
const recalls: number[] = [];
// The converter used before extraction (the whole page but <nav> and <footer>), for comparison.
let oldHeadlines = 0;
const oldPrecisions: number[] = [];
const oldRecalls: number[] = [];
const fixtures = readPageFixtures();
for (const { name, html, expected } of fixtures) {
  const started = performance.now();
  const page = extractArticle(html, null);
  const ms = performance.now() - started;
  const headlineRight = page.metadata.title === expected.title;
  if (headlineRight) headlines++;
  const wrongFields = FIELDS.filter((field) => page.metadata[field] !== expected[field]);
  let scores = "no article expected";
  if (expected.text !== null) {
    const { precision, recall } = tokenScores(page.text, normaliseText(expected.text));
    precisions.push(precision);
    recalls.push(recall);
    const old = htmlToCanonical(html);
    const before = tokenScores(old.text, normaliseText(expected.text));
    oldPrecisions.push(before.precision);
    oldRecalls.push(before.recall);
    if (old.title === expected.title) oldHeadlines++;
    scores = `precision ${percent(precision)}, recall ${percent(recall)} (whole-page converter: ${percent(before.precision)}, ${percent(before.recall)})`;
  }
  console.log(
    `${name.padEnd(20)} ${expected.shape}: ${scores}; extraction ${page.extraction}${page.extraction === expected.extraction ? "" : ` (expected ${expected.extraction})`}; ` +
      `headline ${headlineRight ? "right" : `WRONG (“${page.metadata.title}”)`}; ` +
      `metadata ${wrongFields.length ? `wrong: ${wrongFields.map((f) => `${f}=${JSON.stringify(page.metadata[f])}`).join(", ")}` : "all right"}; ${Math.round(ms)} ms`,
  );
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(
  `\n${fixtures.length} pages: median precision ${percent(median(precisions))} (boilerplate ${percent(1 - median(precisions))}), ` +
    `median recall ${percent(median(recalls))}, headline right on ${headlines} of ${fixtures.length}.`,
);
const articles = oldPrecisions.length;
console.log(
  `Whole-page converter on the ${articles} article pages: median precision ${percent(median(oldPrecisions))}, median recall ${percent(median(oldRecalls))}, ` +
    `headline right on ${oldHeadlines} of ${articles}.`,
);
