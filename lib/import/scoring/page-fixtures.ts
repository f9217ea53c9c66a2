import fs from "node:fs";
import type { PageMetadata } from "../page-metadata";

/**
 * A saved page with what a careful reader would import from it (lib/import/fixtures/pages).
 * `extraction` says how: "article" (Readability finds it), "fallback" (only the fallback extractor
 * does) or "none" (nothing credible: the import is refused). `set` groups the pages for the bench:
 * "original" pages, and "fallback" pages of the kinds Readability gives up on.
 */
export type PageFixture = {
  name: string;
  html: string;
  expected: PageMetadata & {
    set: string;
    shape: string;
    extraction: "article" | "fallback" | "none";
    /** The page's chrome, by strings of it that must never reach the imported text. */
    absent?: string[];
    text: string | null;
  };
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
