// `npm run db:embedded`: only the embedded PostgreSQL, in the foreground, for psql or a second app.
import { resolveDatabase } from "./resolve-database.ts";

delete process.env.DATABASE_URL;
const db = await resolveDatabase();
console.log(`Embedded PostgreSQL at ${db.url} — Ctrl-C to stop.`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void db.stop().then(() => process.exit(0)));
}
