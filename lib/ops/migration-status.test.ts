import { describe, expect, it } from "vitest";
import { migrationProblems, type MigrationRow } from "@/lib/ops/migration-status";

const at = new Date("2026-12-01T10:00:00Z");
const done = (migrationName: string): MigrationRow => ({ migrationName, finishedAt: at, rolledBackAt: null });

describe("migrationProblems", () => {
  it("finds none when every shipped migration is applied", () => {
    expect(migrationProblems(["001_init", "002_more"], [done("001_init"), done("002_more")])).toEqual([]);
  });

  it("names the migrations not applied", () => {
    expect(migrationProblems(["001_init", "002_more", "003_last"], [done("001_init")])).toEqual([
      "2 migration(s) not applied: 002_more, 003_last.",
    ]);
  });

  it("names a migration that started and did not finish", () => {
    const failed = { migrationName: "002_more", finishedAt: null, rolledBackAt: null };
    expect(migrationProblems(["001_init", "002_more"], [done("001_init"), failed])).toEqual([
      "Migration 002_more started but did not finish.",
    ]);
  });

  it("counts a rolled-back migration as not applied, and its successful retry as applied", () => {
    const rolledBack = { migrationName: "002_more", finishedAt: null, rolledBackAt: at };
    expect(migrationProblems(["001_init", "002_more"], [done("001_init"), rolledBack])).toEqual(["1 migration(s) not applied: 002_more."]);
    expect(migrationProblems(["001_init", "002_more"], [done("001_init"), rolledBack, done("002_more")])).toEqual([]);
  });

  it("stays ready on a database a newer release has migrated further (a rolling deployment)", () => {
    expect(migrationProblems(["001_init"], [done("001_init"), done("002_newer")])).toEqual([]);
  });
});
