import { VERDICT_SCALE } from "@/lib/verdicts/scale";

export const KIND_LABELS = { CLAIM: "Claim", QUOTE: "Quote", OPINION: "Opinion" } as const;
export const STATUS_LABELS = {
  DRAFT: "Draft",
  SUBMITTED: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
} as const;
export const QUOTE_CHECK_LABELS = {
  VERIFIED: "Verified",
  INACCURATE: "Inaccurate",
  OUT_OF_CONTEXT: "Out of context",
  UNVERIFIED: "Unverified",
} as const;
export const STANCE_LABELS = { SUPPORTS: "Supports", CONTRADICTS: "Contradicts", CONTEXT: "Context" } as const;
export const VERDICT_LABELS = Object.fromEntries(VERDICT_SCALE.map((v) => [v.rating, v.label])) as Record<
  (typeof VERDICT_SCALE)[number]["rating"],
  string
>;
