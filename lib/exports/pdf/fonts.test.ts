import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FONT_PATHS, SCRIPTS, covers, loadFont } from "./fonts";

const NODE_MODULES = path.join(process.cwd(), "node_modules");

/** Bytes on disk under a folder, walked without recursion. */
function folderBytes(folder: string): number {
  let bytes = 0;
  const folders = [folder];
  while (folders.length) {
    const current = folders.pop()!;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) folders.push(full);
      else bytes += statSync(full).size;
    }
  }
  return bytes;
}

const packageOf = (file: string) =>
  file
    .split("/")
    .slice(0, file.startsWith("@") ? 2 : 1)
    .join("/");

describe("the PDF's fonts", () => {
  it("are installed, every face the PDF names", () => {
    for (const file of FONT_PATHS) expect(statSync(path.join(NODE_MODULES, file)).isFile(), file).toBe(true);
  });

  // Install weight: the Chinese and Korean packages once shipped nine weights each (147 MB of 171).
  it("weigh at most 110 MB installed, all font packages together", () => {
    const packages = [...new Set(FONT_PATHS.map(packageOf))];
    const megabytes = packages.reduce((sum, name) => sum + folderBytes(path.join(NODE_MODULES, name)), 0) / 1e6;
    expect(megabytes).toBeLessThanOrEqual(110);
  });

  it("draw Chinese (with kana and Extension A), Korean and every script's sample in regular and bold", () => {
    const samples: Record<(typeof SCRIPTS)[number], string> = {
      latin: "Aé£“",
      arabic: "مرحبا",
      hebrew: "שלום",
      devanagari: "हिन्दी",
      cjk: "失业率下降ひらがなカタカナ㐀",
      hangul: "실업률이",
      emoji: "🤥🔥",
    };
    for (const script of SCRIPTS) {
      for (const codePoint of [...samples[script]].map((char) => char.codePointAt(0)!)) {
        expect(covers(script, codePoint), `${script} U+${codePoint.toString(16)}`).toBe(true);
        expect(loadFont(script, "bold").font.hasGlyphForCodePoint(codePoint), `${script} bold U+${codePoint.toString(16)}`).toBe(true);
      }
    }
  });
});
