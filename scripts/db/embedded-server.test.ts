import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-server";

describe("embedded PostgreSQL data folder", () => {
  it("keeps every file and folder to its owner, older ones included", async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "factmark-pglite-")), "pglite");
    fs.mkdirSync(dataDir, { mode: 0o777 });
    fs.writeFileSync(path.join(dataDir, "left-from-an-older-version"), "x", { mode: 0o666 });
    fs.chmodSync(path.join(dataDir, "left-from-an-older-version"), 0o666);
    const db = await startEmbeddedPostgres({ dataDir });
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    await db.stop();
    const entries = [dataDir, ...fs.readdirSync(dataDir, { recursive: true }).map((entry) => path.join(dataDir, String(entry)))];
    expect(entries.length).toBeGreaterThan(100);
    const open = entries.filter((entry) => (fs.statSync(entry).mode & 0o077) !== 0);
    expect(open).toEqual([]);
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }, 60_000);
});
