import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { getDb } from "@/lib/db";
import { migrationProblems, type MigrationRow } from "@/lib/ops/migration-status";

const DATABASE_TIMEOUT_MS = 2_000;

export type Readiness = { isReady: true } | { isReady: false; problems: string[] };

export type CheckReadinessOptions = {
  /** The migrations this build ships (default: the folders of prisma/migrations, as `npm run db:migrate` applies them). */
  expected?: readonly string[];
  /** The rows of `_prisma_migrations` (default: read through the app's database client). */
  readRows?: () => Promise<MigrationRow[]>;
  timeoutMs?: number;
};

/**
 * Whether this instance can serve: the database answers (within a load balancer's patience) and
 * has every migration this build ships. Never throws: each failure is a problem in words.
 */
export async function checkReadiness({
  expected,
  readRows = readMigrationRows,
  timeoutMs = DATABASE_TIMEOUT_MS,
}: CheckReadinessOptions = {}): Promise<Readiness> {
  let shipped: readonly string[];
  try {
    shipped = expected ?? (await listShippedMigrations());
  } catch (error) {
    return { isReady: false, problems: [`The migrations folder cannot be read (${(error as Error).message}).`] };
  }
  let rows: MigrationRow[];
  try {
    rows = await withTimeout(readRows(), timeoutMs);
  } catch (error) {
    return { isReady: false, problems: [databaseProblem(error)] };
  }
  const problems = migrationProblems(shipped, rows);
  return problems.length ? { isReady: false, problems } : { isReady: true };
}

// Next runs the server from the project folder (scripts/start.sh), where the migrations are too.
async function listShippedMigrations(): Promise<string[]> {
  const entries = await fs.readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

// The app's role may read these three columns and nothing else of the table (scripts/db/app-role.ts).
export const MIGRATION_ROWS_SQL = `SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`;
export type MigrationRecord = { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };

export function toMigrationRow(record: MigrationRecord): MigrationRow {
  return { migrationName: record.migration_name, finishedAt: record.finished_at, rolledBackAt: record.rolled_back_at };
}

async function readMigrationRows(): Promise<MigrationRow[]> {
  const records = await getDb().$queryRawUnsafe<MigrationRecord[]>(MIGRATION_ROWS_SQL);
  return records.map(toMigrationRow);
}

function databaseProblem(error: unknown): string {
  if (error instanceof TimeoutError) return `The database did not answer within ${error.ms} ms.`;
  const code = sqlStateOf(error);
  if (code === "42P01") return "The database has never been migrated (no _prisma_migrations table): run `npm run db:migrate`.";
  if (code === "42501") return "The app's database role may not read the migration history: run `npm run db:migrate` to renew its grants.";
  return "The database does not answer.";
}

// Prisma wraps the driver's error (its own code, e.g. P2010, beside the PostgreSQL one it keeps);
// a pg error carries the PostgreSQL code itself.
function sqlStateOf(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null;
  const code = candidate?.meta?.driverAdapterError?.cause?.originalCode ?? candidate?.code;
  return typeof code === "string" ? code : undefined;
}

class TimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`timed out after ${ms} ms`);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
