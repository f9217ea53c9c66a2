import { createHash } from "node:crypto";

/**
 * The claim folded for comparison, hashed: the library's dedupe key with the fact-check's URL.
 * NFKC folds look-alike forms (full-width letters, ligatures), case and spacing do not count.
 */
export function claimKey(claim: string): string {
  const folded = claim.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  return createHash("sha256").update(folded, "utf8").digest("hex");
}
