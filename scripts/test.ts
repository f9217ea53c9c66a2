// `npm test`: every test against a throwaway database (a new database on DATABASE_URL's server,
// or an in-memory embedded PostgreSQL when none is set), then a production build driven by
// Playwright in Chromium. Prints the totals and exits non-zero when anything failed.
// `npm test -- <files>` runs only the named files: `*.spec.ts` by Playwright, the rest by Vitest;
// a kind with no file named is skipped (and so is the build when no spec is named).
// In CI (`CI` set) a real PostgreSQL server is required: no quiet fallback to the embedded one.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createScratchDatabase } from "./db/scratch-database.ts";
import { applyMigrations } from "./db/schema-engine.ts";
import { createAppRole } from "./db/app-role.ts";

const root = path.resolve(import.meta.dirname, "..");
const resultsDir = path.join(root, "test-results");
fs.mkdirSync(resultsDir, { recursive: true });
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const isCi = Boolean(process.env.CI);
const chosen = process.argv.slice(2);
const chosenSpecs = chosen.filter((file) => file.endsWith(".spec.ts"));
const chosenUnits = chosen.filter((file) => !file.endsWith(".spec.ts"));
const runUnits = chosen.length === 0 || chosenUnits.length > 0;
const runSpecs = chosen.length === 0 || chosenSpecs.length > 0;

if (isCi && !process.env.DATABASE_URL) {
  console.error("CI is set but DATABASE_URL is not: CI runs against a real PostgreSQL server, never the embedded fallback.");
  process.exit(1);
}

// Lint and format first: they take seconds and fail CI as surely as a broken test.
const lint = chosen.length > 0 ? 0 : await run("npm", ["run", "-s", "lint"], process.env);
if (lint !== 0) {
  console.log("\nnpm run lint failed: fix the problems above (`npm run format` fixes formatting).");
  process.exit(1);
}

const scratch = await createScratchDatabase("factmark_test");
let exitCode = 1;
let dropAppRole = async () => {};
try {
  console.log(`Test database: ${new URL(scratch.url).pathname.slice(1)} on ${new URL(scratch.url).host}`);
  await applyMigrations(scratch.url);
  // As in a deployment: migrations ran as the owner; the app and the tests run as a role that can
  // only read and write rows. PGlite has one user, so the embedded fallback cannot split them.
  let appUrl = scratch.url;
  if (!scratch.isEmbedded) {
    try {
      const appRole = await createAppRole(scratch.url, `${new URL(scratch.url).pathname.slice(1)}_app`);
      appUrl = appRole.url;
      dropAppRole = appRole.drop;
    } catch (error) {
      const message = `Could not create the app's test role (${(error as Error).message})`;
      // In CI the app-role tests and the split of rights must run: a silent fallback would skip them.
      if (isCi) throw new Error(`${message}.`);
      console.warn(`${message}: the tests run as the database owner.`);
    }
  }
  const env = {
    ...process.env,
    DATABASE_URL: appUrl,
    FACTMARK_TEST_OWNER_URL: scratch.url,
    AUTH_SECRET: "factmark-test-secret-not-for-production",
    NEXTAUTH_URL: `http://localhost:${process.env.E2E_PORT ?? 3100}`,
    FACTMARK_TEST_DATABASE: "1",
    // The in-memory embedded database cannot LISTEN: the app's live updates travel in-process there.
    ...(!process.env.DATABASE_URL && { FACTMARK_LIVE_BUS: "memory" }),
  };
  process.env.DATABASE_URL = scratch.url;
  const { seedDemoUsers } = await import("../lib/server/users/seed-demo-users.ts");
  await seedDemoUsers();

  const vitestJson = path.join(resultsDir, "vitest.json");
  fs.rmSync(vitestJson, { force: true });
  const unit = runUnits
    ? await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`, ...chosenUnits], env)
    : 0;
  const unitTotals = runUnits ? readVitest(vitestJson) : { passed: 0, failed: 0, skipped: 0 };

  const build = !runSpecs || process.env.FACTMARK_SKIP_BUILD ? 0 : await run(bin("next"), ["build"], env);
  const e2eJson = path.join(resultsDir, "playwright.json");
  fs.rmSync(e2eJson, { force: true });
  const e2e = !runSpecs
    ? 0
    : build === 0
      ? await run(bin("playwright"), ["test", "--reporter=list,json", ...chosenSpecs], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson })
      : 1;
  const e2eTotals = runSpecs && build === 0 ? readPlaywright(e2eJson) : { passed: 0, failed: 0, skipped: 0 };

  const passed = unitTotals.passed + e2eTotals.passed;
  const failed = unitTotals.failed + e2eTotals.failed;
  console.log("\n──────── Factmark test totals ────────");
  console.log(`unit + integration (vitest): ${unitTotals.passed} passed, ${unitTotals.failed} failed, ${unitTotals.skipped} skipped`);
  console.log(
    `end-to-end (playwright):     ${e2eTotals.passed} passed, ${e2eTotals.failed} failed, ${e2eTotals.skipped} skipped${build !== 0 ? " (build failed)" : ""}`,
  );
  console.log(`all:                         ${passed} passed, ${failed} failed`);
  exitCode = unit === 0 && build === 0 && e2e === 0 && failed === 0 ? 0 : 1;
} finally {
  await dropAppRole().catch((error: Error) => console.warn(`Could not drop the app's test role: ${error.message}`));
  await scratch.drop();
}
process.exit(exitCode);

// Asynchronous on purpose: the embedded database may be served from this very process, and a
// blocking spawn would stop it from answering the children's queries.
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  console.log(`\n$ ${path.basename(command)} ${args.join(" ")}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", cwd: root, env });
    child.on("exit", (code) => resolve(code ?? 1));
    child.on("error", () => resolve(1));
  });
}

function readVitest(file: string) {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.success ? 0 : report.numFailedTestSuites),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function readPlaywright(file: string) {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const { stats } = JSON.parse(fs.readFileSync(file, "utf8"));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}
