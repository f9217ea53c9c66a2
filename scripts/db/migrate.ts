// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database), as
// DATABASE_OWNER_URL's role when that is set, which then grants DATABASE_URL's role its rows.
import { resolveDatabase } from "./resolve-database.ts";
import { applyMigrations } from "./schema-engine.ts";
import { migrateAndGrant } from "./app-role.ts";

const db = await resolveDatabase();
try {
  const applied = await migrateAndGrant(db.url, db, applyMigrations);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.");
} finally {
  await db.stop();
}
process.exit(0);
