// `npm run dev`: database, migrations, demo accounts, then Next.js in this process's care.
// `npm start` runs it as `--prepare --server-pid <pid>` from scripts/start.sh: the same steps, the
// logs on stderr, and on stdout the environment for the server that the shell then becomes.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { EMBEDDED_PORT, isReachable, resolveDatabase } from "./db/resolve-database.ts";
import { embeddedUrl } from "./db/embedded-server.ts";
import { applyMigrations } from "./db/schema-engine.ts";
import { migrateAndGrant } from "./db/app-role.ts";

const root = path.resolve(import.meta.dirname, "..");
const isDev = process.env.FACTMARK_COMMAND === "dev";
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.join(root, "node_modules/.bin/next");

const isPrepare = process.argv.includes("--prepare");
// Under `npm start`, stdout carries the environment for the shell: everything said goes to stderr.
const say = isPrepare ? console.error : console.log;

const db = isPrepare && !process.env.DATABASE_URL ? await startEmbeddedServerProcess() : await resolveDatabase();
process.env.DATABASE_URL = db.url;
say(db.isEmbedded ? "Database: embedded PostgreSQL in .data/pglite" : "Database: DATABASE_URL");
// PGlite cannot LISTEN through its socket: on the embedded database live updates travel in-process.
if (db.isEmbedded) process.env.FACTMARK_LIVE_BUS ??= "memory";
const applied = await migrateAndGrant(db.url, db, applyMigrations);
if (applied.length) say(`Applied migrations: ${applied.join(", ")}`);

process.env.AUTH_SECRET ??= localSecret();
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

let signInHint = "sign in";
const { DEMO_USERS, shouldCreateDemoUsers } = await import("../lib/demo-users.ts");
if (shouldCreateDemoUsers({ isEmbedded: db.isEmbedded, setting: process.env.FACTMARK_DEMO_USERS })) {
  const { seedDemoUsers } = await import("../lib/server/users/seed-demo-users.ts");
  if (await seedDemoUsers()) {
    say("\nCreated demo accounts on the embedded database (FACTMARK_DEMO_USERS=off skips them):");
    for (const user of Object.values(DEMO_USERS)) say(`  ${user.role.padEnd(8)} ${user.email}  password: ${user.password}`);
    signInHint = `sign in, e.g. as ${DEMO_USERS.editor.email} with password ${DEMO_USERS.editor.password}`;
  }
}

if (!isDev && !fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
  say("\nNo production build yet: running next build (once)…");
  const build = spawnSync(nextBin, ["build"], { stdio: ["inherit", isPrepare ? 2 : 1, 2], cwd: root, env: process.env });
  if (build.status !== 0) await exit(build.status ?? 1);
}

say(`\nFactmark: open http://localhost:${port} and ${signInHint}.`);
if (isPrepare) {
  const names = ["DATABASE_URL", "AUTH_SECRET", "NEXTAUTH_URL", "FACTMARK_LIVE_BUS"] as const;
  for (const name of names)
    if (process.env[name] !== undefined) process.stdout.write(`export ${name}=${shellQuoted(process.env[name]!)}\n`);
  process.exit(0);
}
const next = spawn(nextBin, [isDev ? "dev" : "start", "-p", String(port)], { stdio: "inherit", cwd: root, env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => void exit(code ?? 0));

async function exit(code: number): Promise<never> {
  await db.stop();
  process.exit(code);
}

/** A value the shell reads back exactly, whatever it holds. */
function shellQuoted(value: string) {
  return `'${value.replaceAll("'", "'\\''")}'`;
}

/**
 * The embedded PostgreSQL in a process of its own that outlives this one and ends with the server
 * (scripts/db/embedded-db.ts --until-pid). One that is already serving the data folder is reused.
 */
async function startEmbeddedServerProcess() {
  const serverPid = process.argv[process.argv.indexOf("--server-pid") + 1] ?? String(process.ppid);
  const running = embeddedUrl(EMBEDDED_PORT);
  if (!(await isReachable(running))) {
    const child = spawn(process.execPath, [...process.execArgv, path.join(root, "scripts/db/embedded-db.ts"), "--until-pid", serverPid], {
      cwd: root,
      detached: true,
      stdio: ["ignore", "ignore", "inherit"],
      env: process.env,
    });
    child.unref();
    for (let attempt = 0; !(await isReachable(running)); attempt++) {
      if (attempt > 120 || child.exitCode !== null) throw new Error("The embedded PostgreSQL did not start: see the messages above.");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return { url: running, isEmbedded: true, stop: async () => {} };
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
