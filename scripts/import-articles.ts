// `npm run import -- [--as email] [--publisher name] <files…>`: imports .txt, .md and .html files
// through the same checks and use case as the web form. Each file is reported on its own line;
// the exit code is 1 when any file was refused.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { resolveDatabase } from "./db/resolve-database.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { as: { type: "string" }, publisher: { type: "string" }, language: { type: "string" } },
});
if (positionals.length === 0) {
  console.error("Usage: npm run import -- [--as editor@example.org] [--publisher Name] <file.txt|.md|.html>…");
  process.exit(2);
}

const db = await resolveDatabase();
process.env.DATABASE_URL = db.url;
const { getDb } = await import("../lib/db.ts");
const { decodeUpload, formatFromFileName, prepareImport } = await import("../lib/import/index.ts");
const { importArticle } = await import("../lib/server/articles/import-article.ts");
const { articleMetadataSchema } = await import("../lib/validation/article.ts");
const { AppError } = await import("../lib/errors.ts");

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
    throw error;
  });
  if (outcome.startsWith("refused")) failures++;
  console.log(`${path.basename(file)}: ${outcome}`);
}
console.log(`${positionals.length - failures} imported, ${failures} refused.`);
await db.stop();
process.exit(failures ? 1 : 0);

async function importOne(file: string): Promise<string> {
  const format = formatFromFileName(file);
  if (!format) return "refused: not a .txt, .md or .html file.";
  if (!fs.existsSync(file)) return "refused: no such file.";
  const decoded = decodeUpload(new Uint8Array(fs.readFileSync(file)));
  if (!decoded.ok) return `refused: ${decoded.error.message}`;
  const prepared = prepareImport({ content: decoded.text, format });
  if (!prepared.ok) return `refused: ${prepared.error.message}`;
  const metadata = articleMetadataSchema.parse({ publisher: values.publisher, language: values.language });
  const article = await importArticle({ actor: actor!, prepared, metadata });
  return `imported as “${article.title}” (${article.id})`;
}
