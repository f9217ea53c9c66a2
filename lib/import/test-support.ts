// Shared by the tests in this folder only. Checks the canonical-text rules one by one, apart
// from normaliseText, so a test can tell a wrong normaliser from a wrong expectation.
import fs from "node:fs";

export function readFixture(name: string): string {
  return fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
}

export function readFixtureBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
}

const RULES: [string, (text: string) => boolean][] = [
  ["not NFC", (t) => t.normalize("NFC") !== t],
  ["\\r", (t) => t.includes("\r")],
  ["tab", (t) => t.includes("\t")],
  ["control character", (t) => /[\u0000-\u0009\u000b-\u001f\u007f]/.test(t)],
  ["zero-width character", (t) => /[\u200b\ufeff]/.test(t)],
  ["whitespace other than single spaces inside a line", (t) => /[^\S\n ]| {2}/.test(t)],
  ["space at a line end", (t) => /^ | $| \n|\n /.test(t)],
  ["more than one blank line", (t) => t.includes("\n\n\n")],
  ["blank line at either end", (t) => /^\n|\n$/.test(t)],
];

/** The rules a text breaks; [] for canonical text. */
export function canonicalViolations(text: string): string[] {
  return RULES.filter(([, breaks]) => breaks(text)).map(([rule]) => rule);
}
