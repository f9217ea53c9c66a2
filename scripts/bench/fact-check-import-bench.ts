// The fact-check library's import (issue 19's targets: 10,000 ClaimReviews in ≤ 20 s, and a
// ~100 MB feed with flat memory). Through the real use case on a scratch database (DATABASE_URL's
// server, else the embedded PGlite): 1) 10,000 generated ClaimReviews as a DataFeed, then the
// same feed again (all duplicates); 2) a generated DataFeed of BENCH_FEED_MB (100) MB written to
// a temporary file and imported from it, printing time, items per second, and RSS and heap along
// the way, then the peak, and the heap in each quarter of the run (flat memory: no quarter grows
// with the items read); 3) whether the term statistics equal a recount. Prints figures, no verdict.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { openBenchDatabase } from "./support/bench-database.ts";
import { generatedDataFeed } from "./support/claim-review-feed.ts";

const FEED_MB = Number(process.env.BENCH_FEED_MB ?? 100);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const { scratch, getDb, DEMO_USERS } = await openBenchDatabase("factmark_bench_library");
const { importFactChecks } = await import("../../lib/server/fact-checks/import-fact-checks.ts");
const admin = await getDb().user.findUniqueOrThrow({
  where: { email: DEMO_USERS.admin.email },
  select: { id: true, email: true, name: true, role: true },
});
console.log(`database: ${scratch.isEmbedded ? "embedded PGlite (in memory)" : "PostgreSQL (scratch database)"}`);

type Sample = { at: number; items: number; rss: number; heap: number };

async function timedImport(label: string, bytes: AsyncIterable<Uint8Array>, totalBytes: number | null, log = false) {
  const samples: Sample[] = [];
  let items = 0;
  let loggedAt = 0;
  const started = performance.now();
  const sample = () => {
    const memory = process.memoryUsage();
    samples.push({ at: (performance.now() - started) / 1000, items, rss: memory.rss, heap: memory.heapUsed });
  };
  const timer = setInterval(sample, 250);
  const summary = await importFactChecks({
    actor: admin,
    bytes,
    source: label,
    fileName: `${label}.json`,
    totalBytes,
    onProgress: (progress) => {
      items = progress.items;
      const now = performance.now();
      if (log && now - loggedAt > 5_000) {
        loggedAt = now;
        const memory = process.memoryUsage();
        console.log(
          `  ${((now - started) / 1000).toFixed(0).padStart(4)} s  ${mb(progress.bytes).padStart(7)} read  ${progress.items.toLocaleString("en").padStart(9)} items  rss ${mb(memory.rss)}  heap ${mb(memory.heapUsed)}`,
        );
      }
    },
  });
  clearInterval(timer);
  sample();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${label}: ${seconds.toFixed(1)} s, ${Math.round(summary.items / seconds).toLocaleString("en")} items/s — ${summary.added.toLocaleString("en")} added, ${summary.updated} updated, ${summary.duplicates.toLocaleString("en")} duplicates, ${summary.refused} refused${summary.stopped ? `, stopped: ${summary.stopped}` : ""}`,
  );
  const peak = (key: "rss" | "heap") => Math.max(...samples.map((s) => s[key]));
  console.log(`  peak rss ${mb(peak("rss"))}, peak heap ${mb(peak("heap"))}`);
  return { seconds, samples, summary };
}

try {
  console.log("\n1) 10,000 generated ClaimReviews (DataFeed, in memory)");
  const first = await timedImport("10k feed", generatedDataFeed({ count: 10_000, seed: 1, host: "ten.example" }), null);
  console.log(`  target ≤ 20 s: ${first.seconds.toFixed(1)} s`);
  await timedImport("10k feed again (all duplicates)", generatedDataFeed({ count: 10_000, seed: 1, host: "ten.example" }), null);

  console.log(`\n2) a generated DataFeed of ~${FEED_MB} MB, from a file`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "factmark-feed-")), "feed.json");
  try {
    await pipeline(
      Readable.from(generatedDataFeed({ bytes: FEED_MB * 1024 * 1024, seed: 2, host: "big.example" })),
      fs.createWriteStream(file),
    );
    const size = fs.statSync(file).size;
    console.log(`  feed written: ${mb(size)}`);
    const big = await timedImport(`${mb(size)} feed`, fs.createReadStream(file, { highWaterMark: 256 * 1024 }), size, true);
    const quarters = [0, 1, 2, 3].map((q) => {
      const part = big.samples.filter((s) => s.at >= (q * big.seconds) / 4 && s.at < ((q + 1) * big.seconds) / 4);
      return part.length ? Math.max(...part.map((s) => s.heap)) : 0;
    });
    console.log(`  peak heap by quarter of the run: ${quarters.map(mb).join(" · ")} (flat memory: no growth with the items read)`);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }

  console.log("\n3) term statistics");
  const [row] = await getDb().$queryRaw<{ count: bigint }[]>`
    SELECT count(*) FROM (SELECT term, docs FROM "FactCheckTerm" WHERE docs > 0 AND position(' ' in term) = 0) t
    FULL JOIN ts_stat('SELECT "searchVector" FROM "FactCheck"') s ON s.word = t.term
    WHERE t.docs IS DISTINCT FROM s.ndoc`;
  const { readLibraryStats } = await import("../../lib/server/fact-checks/term-stats.ts");
  const entries = await getDb().factCheck.count();
  console.log(
    `  lexemes whose count differs from a recount: ${row!.count}; entries counted ${(await readLibraryStats(getDb())).documents} of ${entries}`,
  );
} finally {
  await getDb().$disconnect();
  await scratch.drop();
}
