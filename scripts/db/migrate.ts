// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
import { resolveDatabase } from "./resolve-database.ts";
import { applyMigrations } from "./schema-engine.ts";

const db = await resolveDatabase();
try {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await db.stop();
}
process.exit(0);
