// Entry point for every npm script that runs our TypeScript tooling. It exists so that each
// script gets the same Node flags: tsx for TypeScript, and WebAssembly modules for Prisma's
// schema engine (the `tsx` command alone would drop that flag), and the react-server condition so
// that the use cases in lib/server (marked `server-only`) can be called from the command line.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const commands = {
  start: "scripts/start.ts",
  dev: "scripts/start.ts",
  test: "scripts/test.ts",
  migrate: "scripts/db/migrate.ts",
  "new-migration": "scripts/db/new-migration.ts",
  "embedded-db": "scripts/db/embedded-db.ts",
  import: "scripts/import-articles.ts",
  "factchecks-import": "scripts/import-fact-checks.ts",
  "create-user": "scripts/create-user.ts",
  "user-password": "scripts/user-account.ts",
  "user-deactivate": "scripts/user-account.ts",
  "token-create": "scripts/api-token.ts",
  "token-revoke": "scripts/api-token.ts",
  "audit-verify": "scripts/audit-verify.ts",
  bench: "scripts/bench.ts",
  generate: "scripts/db/generate.ts",
};

const [command, ...args] = process.argv.slice(2);
const script = commands[command];
if (!script) {
  console.error(`Unknown command "${command}". Known: ${Object.keys(commands).join(", ")}`);
  process.exit(2);
}
const child = spawn(
  process.execPath,
  [
    "--experimental-wasm-modules",
    "--no-warnings=ExperimentalWarning",
    "--conditions=react-server",
    "--import",
    "tsx",
    path.join(root, script),
    ...args,
  ],
  { stdio: "inherit", cwd: root, env: { ...process.env, FACTMARK_COMMAND: command } },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
