// `npm run db:embedded`: only the embedded PostgreSQL, in the foreground, for psql or a second app.
// `npm start` runs it in the background with `--until-pid <server pid>`: it then stops by itself
// once that process (the Next.js server) has ended, so nothing is left holding the data folder.
import { resolveDatabase } from "./resolve-database.ts";

delete process.env.DATABASE_URL;
const db = await resolveDatabase();
console.log(`Embedded PostgreSQL at ${db.url} — Ctrl-C to stop.`);
const stop = () => void db.stop().then(() => process.exit(0));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);

const untilPid = Number(process.argv[process.argv.indexOf("--until-pid") + 1]);
if (process.argv.includes("--until-pid") && Number.isInteger(untilPid)) {
  setInterval(() => {
    try {
      process.kill(untilPid, 0);
    } catch {
      stop();
    }
  }, 1000);
}
