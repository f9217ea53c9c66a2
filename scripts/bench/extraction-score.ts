// Scores article extraction on the saved pages in lib/import/fixtures/pages: token precision
// (1 − boilerplate share of the imported words), recall (share of the article's words kept) and F1
// for each page, whether a page with no article is refused, whether the headline and the other
// metadata match, and the time taken; then the means per set of pages and overall.
import { extractArticle } from "../../lib/import/extract-article.ts";
import { htmlToCanonical } from "../../lib/import/html-to-canonical.ts";
import { normaliseText } from "../../lib/import/normalise-text.ts";
import { readPageFixtures, type PageFixture } from "../../lib/import/scoring/page-fixtures.ts";
import { tokens, tokenScores } from "../../lib/import/scoring/token-scores.ts";

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const FIELDS = ["byline", "publisher", "publishedOn", "canonicalUrl", "language"] as const;

type Scores = { precision: number; recall: number; f1: number };
type Row = { set: string; scores: Scores | null; refusedRightly: boolean | null; headlineRight: boolean };

const f1 = ({ precision, recall }: { precision: number; recall: number }) =>
  precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
const withF1 = (scores: { precision: number; recall: number }): Scores => ({ ...scores, f1: f1(scores) });

/** What the import makes of a page: its text, or null when it refuses the page. */
function extract(html: string) {
  const page = extractArticle(html, null);
  return page.ok ? { ...page, text: page.text as string | null } : { text: null, extraction: "none", metadata: page.metadata };
}

function scorePage({ name, html, expected }: PageFixture): Row {
  const started = performance.now();
  const page = extract(html);
  const ms = performance.now() - started;
  const headlineRight = page.metadata.title === expected.title;
  const wrongFields = FIELDS.filter((field) => page.metadata[field] !== expected[field]);
  let outcome: string;
  let scores: Scores | null = null;
  let refusedRightly: boolean | null = null;
  if (expected.text !== null) {
    scores = withF1(tokenScores(page.text ?? "", normaliseText(expected.text)));
    const old = withF1(tokenScores(htmlToCanonical(html).text, normaliseText(expected.text)));
    outcome =
      `precision ${percent(scores.precision)}, recall ${percent(scores.recall)}, F1 ${percent(scores.f1)} ` +
      `(whole-page converter: ${percent(old.precision)}, ${percent(old.recall)}, ${percent(old.f1)})`;
  } else {
    refusedRightly = page.text === null;
    outcome = refusedRightly ? "no article: refused, right" : `no article: WRONGLY imported ${tokens(page.text ?? "").length} words`;
  }
  console.log(
    `${name.padEnd(24)} ${expected.shape}: ${outcome}; extraction ${page.extraction}` +
      `${page.extraction === expected.extraction ? "" : ` (expected ${expected.extraction})`}; ` +
      `headline ${headlineRight ? "right" : `WRONG (“${page.metadata.title}”)`}; ` +
      `metadata ${wrongFields.length ? `wrong: ${wrongFields.map((f) => `${f}=${JSON.stringify(page.metadata[f])}`).join(", ")}` : "all right"}; ${Math.round(ms)} ms`,
  );
  return { set: expected.set, scores, refusedRightly, headlineRight };
}

function summary(label: string, rows: Row[]) {
  const scored = rows.flatMap((row) => (row.scores ? [row.scores] : []));
  const mean = (key: keyof Scores) => scored.reduce((sum, scores) => sum + scores[key], 0) / (scored.length || 1);
  const below = (limit: number) => scored.filter((scores) => scores.precision < limit).length;
  const noArticle = rows.filter((row) => row.refusedRightly !== null);
  console.log(
    `${label}: ${scored.length} article pages: mean precision ${percent(mean("precision"))}, recall ${percent(mean("recall"))}, ` +
      `F1 ${percent(mean("f1"))}; precision under 0.5 on ${below(0.5)}, under 0.8 on ${below(0.8)}; ` +
      `${noArticle.length} pages without an article, refused on ${noArticle.filter((row) => row.refusedRightly).length}; ` +
      `headline right on ${rows.filter((row) => row.headlineRight).length} of ${rows.length}.`,
  );
}

const rows = readPageFixtures().map(scorePage);
console.log();
for (const set of [...new Set(rows.map((row) => row.set))])
  summary(
    `Set “${set}”`,
    rows.filter((row) => row.set === set),
  );
summary("All pages", rows);
