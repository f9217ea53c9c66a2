// "Checked before" at the size the issue names: 100,000 library entries of generated claims
// (words drawn from a Zipf vocabulary, as text is), and queries that repeat one entry in other
// words, as a post repeats a claim. Prints p50/p95 of findSimilarFactChecks (target p95 ≤ 50 ms)
// and each of its statements under EXPLAIN ANALYZE, naming any sequential scan of the library.
// Needs a real PostgreSQL (DATABASE_URL).
import { openBenchDatabase } from "./support/bench-database.ts";
import { fillLibrary } from "./support/fill-library.ts";
import { seededRandom } from "./support/seeded-random.ts";
import { percentile } from "./support/server.ts";

if (!process.env.DATABASE_URL) {
  console.log("similar bench: skipped, it needs a real PostgreSQL (set DATABASE_URL).");
  process.exit(0);
}
const ENTRIES = Number(process.env.BENCH_LIBRARY_ENTRIES ?? 100_000);
const QUERIES = 300;
const random = seededRandom(19);
const SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "pe", "gra", "don", "bel", "tor", "is", "an", "et"];
const VOCABULARY = Array.from({ length: 30_000 }, (_, i) => {
  let word = "";
  for (let n = i + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
});
// Zipf: the word of rank r comes up in proportion to 1/r.
const cumulative: number[] = [];
VOCABULARY.reduce((sum, _, rank) => (cumulative[rank] = sum + 1 / (rank + 1)), 0);
const zipfWord = () => {
  const target = random() * cumulative.at(-1)!;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return VOCABULARY[low]!;
};
const sentence = (words: number) => Array.from({ length: words }, zipfWord).join(" ");

const { scratch, getDb, editor } = await openBenchDatabase("factmark_similar");
try {
  const claims = Array.from({ length: ENTRIES }, (_, i) => ({
    key: String(i),
    claimReviewed: `${sentence(8 + Math.floor(random() * 14))} ${random() < 0.3 ? Math.floor(random() * 1000) : ""}`.trim(),
    headline: sentence(6 + Math.floor(random() * 6)),
  }));
  let started = performance.now();
  await fillLibrary(claims);
  console.log(`library: ${ENTRIES} entries written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await getDb().$executeRawUnsafe(`VACUUM ANALYZE "FactCheck"`);
  await getDb().$executeRawUnsafe(`ANALYZE "FactCheckTerm"`);

  const { findSimilarFactChecks } = await import("../../lib/server/fact-checks/find-similar.ts");
  // A post: most of one claim's words, shuffled, with words of its own around them.
  const queries = Array.from({ length: QUERIES }, () => {
    const source = claims[Math.floor(random() * claims.length)]!.claimReviewed.split(" ");
    const kept = source.filter(() => random() < 0.7).toSorted(() => random() - 0.5);
    return `${sentence(4 + Math.floor(random() * 10))} ${kept.join(" ")} ${sentence(Math.floor(random() * 12))}`;
  });
  for (const query of queries.slice(0, 20)) await findSimilarFactChecks(editor, { text: query, limit: 5 });
  const times: number[] = [];
  started = performance.now();
  for (const query of queries) {
    const t0 = performance.now();
    await findSimilarFactChecks(editor, { text: query, limit: 5 });
    times.push(performance.now() - t0);
  }
  console.log(
    `similar on ${ENTRIES} entries, ${QUERIES} posts of 10-40 words: p50 ${percentile(times, 50).toFixed(1)} ms, ` +
      `p95 ${percentile(times, 95).toFixed(1)} ms (target p95 ≤ 50 ms)`,
  );

  // The statements under EXPLAIN ANALYZE, with one post's own candidate terms.
  const { chooseCandidateTerms, anyLexemeQuery } = await import("../../lib/fact-checks/ranking/candidate-terms.ts");
  const terms = await getDb().$queryRaw<{ lexeme: string; documents: number }[]>`
    SELECT u.lexeme, coalesce(t.docs, 0) AS documents
    FROM unnest(to_tsvector('factmark_english', ${queries[0]!})) AS u(lexeme, positions, weights)
    LEFT JOIN "FactCheckTerm" t ON t.term = u.lexeme`;
  const tsquery = anyLexemeQuery(chooseCandidateTerms(terms));
  const plans = {
    terms: `EXPLAIN ANALYZE SELECT u.lexeme, coalesce(t.docs, 0) FROM unnest(to_tsvector('factmark_english', '${queries[0]!.replace(/'/g, "''")}')) AS u(lexeme, positions, weights) LEFT JOIN "FactCheckTerm" t ON t.term = u.lexeme`,
    candidates: `EXPLAIN ANALYZE SELECT f.id, f."searchVector"::text FROM "FactCheck" f WHERE f."searchVector" @@ '${tsquery.replace(/'/g, "''")}'::tsquery AND (f.origin = 'LIBRARY' OR (f.standing = 'CURRENT' AND EXISTS (SELECT 1 FROM "Article" a WHERE a.id = f."articleId" AND a.status::text = ANY('{NEW,IN_PROGRESS}')))) ORDER BY f."createdAt", f.id`,
  };
  for (const [name, sql] of Object.entries(plans)) {
    const plan = (await getDb().$queryRawUnsafe<{ "QUERY PLAN": string }[]>(sql)).map((row) => row["QUERY PLAN"]);
    // A desk entry's article is looked up only for desk entries: none here, so that branch never runs.
    const scans = plan.filter((line) => /Seq Scan on "?(FactCheck|Article|Annotation)"?\b/.test(line) && !line.includes("never executed"));
    if (process.env.BENCH_PLANS) console.log(plan.join("\n"));
    console.log(
      `${name}: ${plan.at(-1)?.trim()} ${scans.length ? `SEQUENTIAL SCAN: ${scans.join("; ")}` : "(no sequential scan of a large table)"}`,
    );
  }
} finally {
  await getDb().$disconnect();
  await scratch.drop();
}
