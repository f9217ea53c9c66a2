// `npm run factchecks:import -- [--as editor@example.org] <file or https:// address>…`: imports
// feeds of published fact-checks into the library through the same reader and use case as the
// library page (JSON, a DataFeed, our own ClaimReview export, a fact-check page, CSV). It acts as
// the editor or admin named by --as, else as the oldest admin account; that account is recorded
// on every entry it adds and on the import's audit event. A progress bar on a terminal, plain
// lines otherwise, then a summary per feed. Exits 1 when a feed could not be read to its end or
// failed (refused items alone do not fail the command: they are listed).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { resolveDatabase } from "./db/resolve-database.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { as: { type: "string" } } });
if (positionals.length === 0) {
  console.error("Usage: npm run factchecks:import -- [--as editor@example.org] <feed.json|page.html|library.csv|https://…>…");
  process.exit(2);
}

const db = await resolveDatabase();
process.env.DATABASE_URL = db.url;
const { getDb } = await import("../lib/db.ts");
const { AppError } = await import("../lib/errors.ts");
const { describeCounts } = await import("../lib/fact-checks/import-summary.ts");
const { importFactChecks } = await import("../lib/server/fact-checks/import-fact-checks.ts");
const { importFactChecksFromUrl } = await import("../lib/server/fact-checks/import-fact-checks-from-url.ts");
type ImportProgress = import("../lib/fact-checks/import-summary.ts").ImportProgress;
type ImportSummary = import("../lib/fact-checks/import-summary.ts").ImportSummary;

const actor = await getDb().user.findFirst({
  where: values.as ? { email: values.as.toLowerCase() } : { role: "ADMIN", deactivatedAt: null },
  orderBy: { createdAt: "asc" },
  select: { id: true, email: true, name: true, role: true },
});
if (!actor) {
  console.error(values.as ? `No user ${values.as}.` : "No admin account yet: run npm start once, or npm run user:create.");
  await db.stop();
  process.exit(2);
}
console.log(`Importing as ${actor.name} <${actor.email}> (${actor.role.toLowerCase()}).`);

const isTty = Boolean(process.stdout.isTTY);
const size = (bytes: number) =>
  bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
let failures = 0;
for (const source of positionals) {
  const name = /^https?:\/\//i.test(source) ? source : path.basename(source);
  const progress = progressReporter(name);
  try {
    const summary = /^https?:\/\//i.test(source)
      ? await importFactChecksFromUrl({ actor, url: source, onProgress: progress.update })
      : await importFile(source, progress.update);
    progress.stop();
    report(name, summary);
    if (summary.stopped) failures++;
  } catch (error) {
    progress.stop();
    failures++;
    // One feed must not stop the others: say why this one failed and go on.
    const message =
      error instanceof AppError ? error.message : `it could not be imported (${error instanceof Error ? error.message : String(error)}).`;
    console.log(`${name}: refused: ${message}`);
  }
}
await db.stop();
process.exit(failures ? 1 : 0);

async function importFile(file: string, onProgress: (progress: ImportProgress) => void): Promise<ImportSummary> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError("INVALID", "no such file.");
  }
  if (!stat.isFile()) throw new AppError("INVALID", "not a file.");
  return importFactChecks({
    actor: actor!,
    bytes: fs.createReadStream(file, { highWaterMark: 256 * 1024 }),
    source: path.basename(file),
    fileName: file,
    totalBytes: stat.size,
    onProgress,
  });
}

/** A bar with bytes and items on a terminal; a plain line every few seconds in a log. */
function progressReporter(name: string) {
  const counts = (p: ImportProgress) => `${p.items.toLocaleString("en")} items: ${describeCounts(p)}`;
  if (!isTty) {
    let printedAt = Date.now();
    return {
      update(p: ImportProgress) {
        if (Date.now() - printedAt < 5_000) return;
        printedAt = Date.now();
        console.log(`${name}: ${size(p.bytes)}${p.totalBytes ? ` of ${size(p.totalBytes)}` : ""} read, ${counts(p)}`);
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: `${name} |{bar}| {percentage}% · {read} of {size} · {counts}`, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p: ImportProgress) {
      const payload = { read: size(p.bytes), size: p.totalBytes ? size(p.totalBytes) : "?", counts: counts(p) };
      if (!started) bar.start(p.totalBytes ?? Math.max(p.bytes, 1), p.bytes, payload);
      else bar.update(p.bytes, payload);
      if (!p.totalBytes) bar.setTotal(Math.max(p.bytes, 1));
      started = true;
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

function report(name: string, summary: ImportSummary) {
  console.log(`${name}: ${describeCounts(summary)} (${summary.items.toLocaleString("en")} items, ${size(summary.bytes)}).`);
  if (summary.stopped) console.log(`  Reading stopped: ${summary.stopped}${summary.items ? " What came before was imported." : ""}`);
  for (const notice of summary.notices) console.log(`  ${notice}`);
  for (const refusal of summary.refusals.slice(0, 10)) console.log(`  ${refusal.position}: ${refusal.reason}`);
  if (summary.refused > 10) console.log(`  …and ${(summary.refused - 10).toLocaleString("en")} more refused.`);
}
