import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { nestedListMarkdown } from "@/lib/import/hostile/hostile-inputs";
import { assertTestDatabase } from "@/lib/test/database";

const root = path.resolve(import.meta.dirname, "..");

function runImport(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "scripts/run.mjs"), "import", ...args], { cwd: root, env: process.env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm run import", () => {
  // Regression for the hardening issue: deeply nested Markdown used to end the whole run with a stack trace.
  it("refuses a pathologically nested file with a message and imports the next one", { timeout: 60_000 }, async () => {
    assertTestDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factmark-import-"));
    fs.writeFileSync(path.join(dir, "deep.md"), nestedListMarkdown(1024 * 1024));
    fs.writeFileSync(path.join(dir, "good.md"), `# CLI import ${Date.now()} ${Math.random()}\n\nA paragraph of text.\n`);
    const { code, stdout, stderr } = await runImport([path.join(dir, "deep.md"), path.join(dir, "good.md")]);
    expect(stderr).not.toMatch(/RangeError|at \S+ \(/);
    expect(stdout).toMatch(/^deep\.md: refused: This Markdown nests lists or quotes \d+ levels deep; the limit is 64\./m);
    expect(stdout).toMatch(/^good\.md: imported as “CLI import /m);
    expect(stdout).toContain("1 imported, 1 refused.");
    expect(code).toBe(1);
  });
});
