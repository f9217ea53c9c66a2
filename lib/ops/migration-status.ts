/** A row of Prisma's `_prisma_migrations`, as far as readiness needs it. */
export type MigrationRow = { migrationName: string; finishedAt: Date | null; rolledBackAt: Date | null };

/**
 * Why the database does not match the migrations this build ships, in words for an operator; empty
 * when every one is applied. A migration is applied when some row for it finished and was not
 * rolled back (a migration retried after a rollback gets a row of its own). Migrations the database
 * has and this build does not know are no problem: during a rolling deployment the older instances
 * keep serving a database that a newer one has already migrated.
 */
export function migrationProblems(expected: readonly string[], rows: readonly MigrationRow[]): string[] {
  const applied = new Set(rows.filter((row) => row.finishedAt && !row.rolledBackAt).map((row) => row.migrationName));
  const failed = rows.filter((row) => !row.finishedAt && !row.rolledBackAt && !applied.has(row.migrationName));
  const pending = expected.filter((name) => !applied.has(name) && !failed.some((row) => row.migrationName === name));
  return [
    ...failed.map((row) => `Migration ${row.migrationName} started but did not finish.`),
    ...(pending.length ? [`${pending.length} migration(s) not applied: ${pending.join(", ")}.`] : []),
  ];
}
