// Prisma's schema engine compiled to WebAssembly, driven through a driver adapter: this is how
// migrations are generated and applied on machines that cannot download Prisma's native engine.
// The folder layout and the `_prisma_migrations` table stay Prisma's own, so `prisma migrate
// deploy` accepts the same database wherever the native engine is available.
import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { SchemaEngine } from "@prisma/schema-engine-wasm";

export const PRISMA_DIR = path.resolve(import.meta.dirname, "../../prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
const LOCKFILE = "migration_lock.toml";
const NO_FILTERS = { externalTables: [], externalEnums: [] };

function readMigrationsList() {
  const dirs = fs.existsSync(MIGRATIONS_DIR)
    ? fs
        .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, LOCKFILE);
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: LOCKFILE, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((dir) => ({
      path: dir,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: fs.readFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8") },
      },
    })),
  };
}

async function openEngine(connectionString: string) {
  const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  const log = (line: string) => {
    if (process.env.FACTMARK_ENGINE_DEBUG) console.error(line);
  };
  return { engine: await SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, log, factory), schema };
}

export async function applyMigrations(connectionString: string): Promise<string[]> {
  const { engine } = await openEngine(connectionString);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrationsList(),
      filters: NO_FILTERS,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

export const SNAPSHOT_FILE = "schema-snapshot.prisma";

/**
 * SQL that takes a database from the newest migration's schema snapshot to the current schema.
 * Prisma's own `migrate dev` replays the migrations into a shadow database instead, but the
 * WebAssembly engine cannot introspect PostgreSQL through a driver adapter yet ("Column type
 * 'char' could not be deserialized", prisma/orm#27403), so each migration folder keeps the
 * schema it was generated from. `prisma migrate deploy` reads only migration.sql and ignores it.
 */
export async function diffSchemaAgainstMigrations(connectionString: string): Promise<string> {
  const { engine, schema } = await openEngine(connectionString);
  try {
    const newest = readMigrationsList().migrationDirectories.at(-1);
    const snapshotPath = newest && path.join(MIGRATIONS_DIR, newest.path, SNAPSHOT_FILE);
    if (snapshotPath && !fs.existsSync(snapshotPath)) throw new Error(`Missing ${snapshotPath}`);
    const from = snapshotPath
      ? { tag: "schemaDatamodel" as const, files: [{ path: SCHEMA_PATH, content: fs.readFileSync(snapshotPath, "utf8") }] }
      : { tag: "empty" as const };
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? "";
  } finally {
    engine.free();
  }
}

export function readSchema(): string {
  return fs.readFileSync(SCHEMA_PATH, "utf8");
}
