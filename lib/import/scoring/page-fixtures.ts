import fs from "node:fs";
import type { Extraction } from "../extract-article";
import type { PageMetadata } from "../page-metadata";

/** A saved page with what a careful reader would import from it (lib/import/fixtures/pages). */
export type PageFixture = {
  name: string;
  html: string;
  expected: PageMetadata & { shape: string; extraction: Extraction; text: string | null };
};

const DIR = new URL("../fixtures/pages/", import.meta.url);

export function readPageFixtures(): PageFixture[] {
  return fs
    .readdirSync(DIR)
    .filter((file) => file.endsWith(".html"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, "");
      return {
        name,
        html: fs.readFileSync(new URL(file, DIR), "utf8"),
        expected: JSON.parse(fs.readFileSync(new URL(`${name}.expected.json`, DIR), "utf8")) as PageFixture["expected"],
      };
    });
}
