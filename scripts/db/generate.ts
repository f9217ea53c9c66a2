// Runs `prisma generate`. Generation never executes the native schema engine, but Prisma checks
// that one exists and tries to download it otherwise, which fails on machines without access to
// Prisma's binary host. Pointing it at any executable (Node itself) skips the download.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync(path.join(root, "node_modules/.bin/prisma"), ["generate"], { stdio: "inherit", env, cwd: root });
process.exit(result.status ?? 1);
