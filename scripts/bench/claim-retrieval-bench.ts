// "Checked before", measured: the claim-retrieval development data (../shared/data/claim-retrieval,
// or FACTMARK_CLAIM_RETRIEVAL_DIR: 10,375 claims fact-checked by Snopes, and posts that repeat one
// of them, split into train and dev) is imported into a scratch library as a ClaimReview feed
// through the library's import use case, each post is asked of
// findSimilarFactChecks (what `GET /api/fact-checks/similar` answers), and MAP@5 and Recall@5 are
// printed per split. Tune on train, read dev. Skips with a message when the data is absent: a
// clone has no ../shared, and the tests keep their own fixtures.
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import { openBenchDatabase } from "./support/bench-database.ts";
import { percentile } from "./support/server.ts";

const dataDir = process.env.FACTMARK_CLAIM_RETRIEVAL_DIR ?? path.resolve(import.meta.dirname, "../../../shared/data/claim-retrieval");
if (!fs.existsSync(path.join(dataDir, "verified-claims.tsv"))) {
  console.log(`claim retrieval: skipped, no development data at ${dataDir} (set FACTMARK_CLAIM_RETRIEVAL_DIR).`);
  process.exit(0);
}
if (!process.env.DATABASE_URL) {
  console.log("claim retrieval: skipped, it needs a real PostgreSQL (set DATABASE_URL).");
  process.exit(0);
}

const readTsv = (file: string) =>
  parse(fs.readFileSync(path.join(dataDir, file), "utf8"), { delimiter: "\t", from_line: 2, relax_quotes: true }) as string[][];
const readQrels = (file: string) =>
  new Map(
    fs
      .readFileSync(path.join(dataDir, file), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => line.split(/\s+/))
      .map(([query, , claim]) => [query ?? "", claim ?? ""]),
  );

const claims = readTsv("verified-claims.tsv");
const { scratch, getDb, editor } = await openBenchDatabase("factmark_claims");
try {
  // Into the library through the real import path: a ClaimReview DataFeed, as publishers post
  // them. The data has no addresses, so each claim gets one that carries its id.
  const feed = {
    "@context": "https://schema.org",
    "@type": "DataFeed",
    dataFeedElement: claims.map(([id, claim, title]) => ({
      "@type": "DataFeedItem",
      item: [
        {
          "@type": "ClaimReview",
          url: `https://factcheck.example/claims/${id}/`,
          claimReviewed: claim,
          headline: title || undefined,
          author: { "@type": "Organization", name: "Snopes" },
        },
      ],
    })),
  };
  const { importFactChecks } = await import("../../lib/server/fact-checks/import-fact-checks.ts");
  const started = performance.now();
  const summary = await importFactChecks({
    actor: editor,
    bytes: Readable.from([Buffer.from(JSON.stringify(feed))]),
    source: "claim-retrieval verified-claims.tsv",
    fileName: "verified-claims.json",
  });
  console.log(
    `library: ${summary.added} added, ${summary.duplicates} duplicates, ${summary.refused} refused of ${claims.length} claims ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const { findSimilarFactChecks } = await import("../../lib/server/fact-checks/find-similar.ts");
  const keyOf = new Map(
    (await getDb().factCheck.findMany({ select: { id: true, url: true } })).map((row) => [row.id, row.url?.split("/").at(-2) ?? ""]),
  );
  for (const split of ["train", "dev"]) {
    const queries = readTsv(`${split}-queries.tsv`);
    const gold = readQrels(`${split}.qrels`);
    let averagePrecision = 0;
    let found = 0;
    const times: number[] = [];
    for (const [id, text] of queries) {
      const t0 = performance.now();
      const matches = await findSimilarFactChecks(editor, { text: text ?? "", limit: 5 });
      times.push(performance.now() - t0);
      const rank = matches.findIndex((match) => keyOf.get(match.id) === gold.get(id ?? ""));
      if (rank >= 0) {
        averagePrecision += 1 / (rank + 1);
        found += 1;
      }
    }
    const n = queries.length;
    console.log(
      `${split.padEnd(5)} ${n} posts: MAP@5 ${(averagePrecision / n).toFixed(4)}, Recall@5 ${(found / n).toFixed(4)}` +
        `  (similar on ${claims.length} entries: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms)`,
    );
  }
} finally {
  await getDb().$disconnect();
  await scratch.drop();
}
