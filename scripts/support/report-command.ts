import type { ResolvedDatabase } from "../db/resolve-database.ts";

/**
 * Runs an account command and ends the process as a script's caller expects: its answer on stdout,
 * a refusal on stderr in words (one line per field the schema refused) with exit code 2 for bad
 * input and 1 for anything else, and the database it opened stopped either way.
 */
export async function reportCommand(db: ResolvedDatabase, run: () => Promise<string>): Promise<never> {
  try {
    console.log(await run());
  } catch (error) {
    const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
    if (issues) for (const issue of issues) console.error(`${issue.path.join(".") || "input"}: ${issue.message}`);
    else console.error(error instanceof Error ? error.message : error);
    process.exitCode = issues ? 2 : 1;
  }
  await db.stop();
  process.exit(process.exitCode ?? 0);
}
