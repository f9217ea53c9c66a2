import { createHash } from "node:crypto";

export const claimKeyOf = (claim: string) =>
  createHash("sha256").update(claim.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim()).digest("hex");
