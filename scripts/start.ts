// `npm start` (and `npm run dev`): database, migrations, demo accounts, then Next.js.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { resolveDatabase } from "./db/resolve-database.ts";
import { applyMigrations } from "./db/schema-engine.ts";
import { migrateAndGrant } from "./db/app-role.ts";

const root = path.resolve(import.meta.dirname, "..");
const isDev = process.env.FACTMARK_COMMAND === "dev";
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.join(root, "node_modules/.bin/next");

const db = await resolveDatabase();
process.env.DATABASE_URL = db.url;
console.log(db.isEmbedded ? "Database: embedded PostgreSQL in .data/pglite" : "Database: DATABASE_URL");
// PGlite cannot LISTEN through its socket: on the embedded database live updates travel in-process.
if (db.isEmbedded) process.env.FACTMARK_LIVE_BUS ??= "memory";
const applied = await migrateAndGrant(db.url, db, applyMigrations);
if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

process.env.AUTH_SECRET ??= localSecret();
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

let signInHint = "sign in";
const { DEMO_USERS, shouldCreateDemoUsers } = await import("../lib/demo-users.ts");
if (shouldCreateDemoUsers({ isEmbedded: db.isEmbedded, setting: process.env.FACTMARK_DEMO_USERS })) {
  const { seedDemoUsers } = await import("../lib/server/users/seed-demo-users.ts");
  if (await seedDemoUsers()) {
    console.log("\nCreated demo accounts on the embedded database (FACTMARK_DEMO_USERS=off skips them):");
    for (const user of Object.values(DEMO_USERS)) console.log(`  ${user.role.padEnd(8)} ${user.email}  password: ${user.password}`);
    signInHint = `sign in, e.g. as ${DEMO_USERS.editor.email} with password ${DEMO_USERS.editor.password}`;
  }
}

if (!isDev && !fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
  console.log("\nNo production build yet: running next build (once)…");
  const build = spawnSync(nextBin, ["build"], { stdio: "inherit", cwd: root, env: process.env });
  if (build.status !== 0) await exit(build.status ?? 1);
}

console.log(`\nFactmark: open http://localhost:${port} and ${signInHint}.`);
const next = spawn(nextBin, [isDev ? "dev" : "start", "-p", String(port)], { stdio: "inherit", cwd: root, env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => void exit(code ?? 0));

async function exit(code: number): Promise<never> {
  await db.stop();
  process.exit(code);
}

// Sessions must survive restarts, so the generated secret is kept beside the embedded data.
function localSecret(): string {
  const file = path.join(root, ".data/auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}
