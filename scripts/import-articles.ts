// `npm run import -- [--as email] [--publisher name] <files or https:// addresses…>`: imports
// .txt, .md and .html files, and web pages, through the same checks, extraction and use cases as
// the web form. Each is reported on its own line, a refused one with its reason, and the next one
// goes on; the exit code is 1 when any was refused.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { resolveDatabase } from "./db/resolve-database.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { as: { type: "string" }, publisher: { type: "string" }, language: { type: "string" } },
});
if (positionals.length === 0) {
  console.error("Usage: npm run import -- [--as editor@example.org] [--publisher Name] <file.txt|.md|.html|https://…>…");
  process.exit(2);
}

const db = await resolveDatabase();
process.env.DATABASE_URL = db.url;
const { getDb } = await import("../lib/db.ts");
const { decodeUpload, formatFromFileName, prepareImport } = await import("../lib/import/index.ts");
type PageMetadata = import("../lib/import/page-metadata.ts").PageMetadata;
const { importArticle } = await import("../lib/server/articles/import-article.ts");
const { articleMetadataSchema } = await import("../lib/validation/article.ts");
const { AppError } = await import("../lib/errors.ts");
const { fetchPageSnapshot } = await import("../lib/server/page-snapshots/fetch-page-snapshot.ts");

const actor = await getDb().user.findFirst({
  where: values.as ? { email: values.as.toLowerCase() } : { role: "ADMIN" },
  orderBy: { createdAt: "asc" },
  select: { id: true, email: true, name: true, role: true },
});
if (!actor) {
  console.error(values.as ? `No user ${values.as}.` : "No admin account yet: run npm start once, or npm run user:create.");
  await db.stop();
  process.exit(2);
}

let failures = 0;
for (const file of positionals) {
  const outcome = await importOne(file).catch((error: unknown) => {
    if (error instanceof AppError)
      return `refused: ${error.message}${error.details?.existingArticleId ? ` (article ${error.details.existingArticleId})` : ""}`;
    // Anything else is a bug, but one file must not stop the others: report it and go on.
    return `refused: it could not be imported (${error instanceof Error ? error.message : String(error)}).`;
  });
  if (outcome.startsWith("refused")) failures++;
  console.log(`${path.basename(file)}: ${outcome}`);
}
console.log(`${positionals.length - failures} imported, ${failures} refused.`);
await db.stop();
process.exit(failures ? 1 : 0);

async function importOne(file: string): Promise<string> {
  if (/^https?:\/\//i.test(file)) return importPage(file);
  const format = formatFromFileName(file);
  if (!format) return "refused: not a .txt, .md or .html file.";
  if (!fs.existsSync(file)) return "refused: no such file.";
  const decoded = decodeUpload(new Uint8Array(fs.readFileSync(file)));
  if (!decoded.ok) return `refused: ${decoded.error.message}`;
  const prepared = await prepareImport({ content: decoded.text, format });
  if (!prepared.ok) return `refused: ${prepared.error.message}`;
  const article = await importArticle({ actor: actor!, prepared, metadata: metadataFor(prepared.metadata) });
  return `imported as “${article.title}”${fallbackNote(prepared.extraction)} (${article.id})`;
}

async function importPage(url: string): Promise<string> {
  const { snapshot, prepared } = await fetchPageSnapshot({ actor: actor!, url });
  const article = await importArticle({
    actor: actor!,
    prepared,
    metadata: metadataFor(prepared.metadata, snapshot.finalUrl),
    snapshotId: snapshot.id,
  });
  return `imported as “${article.title}”${fallbackNote(prepared.extraction)} (${article.id})`;
}

// The page's own metadata, under what was given on the command line; a value the schema refuses is left out.
function metadataFor(page: PageMetadata | null, sourceUrl?: string) {
  const pick = <K extends keyof typeof articleMetadataSchema.shape>(key: K, value: unknown) => {
    const parsed = articleMetadataSchema.shape[key].safeParse(value ?? undefined);
    return parsed.success ? parsed.data : undefined;
  };
  return articleMetadataSchema.parse({
    publisher: values.publisher ?? pick("publisher", page?.publisher),
    language: values.language ?? pick("language", page?.language),
    byline: pick("byline", page?.byline),
    publishedOn: pick("publishedOn", page?.publishedOn),
    canonicalUrl: pick("canonicalUrl", page?.canonicalUrl),
    sourceUrl: pick("sourceUrl", sourceUrl),
  });
}

function fallbackNote(extraction: string | null): string {
  return extraction === "fallback" ? " — the page did not mark its article clearly, so check where its text starts and ends" : "";
}
