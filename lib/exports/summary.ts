// The summary table's numbers, shared by the HTML report, the PDF and Markdown.
import { VERDICT_SCALE } from "@/lib/verdicts/scale";
import type { VerdictRating } from "@/lib/enums";
import { reportedFindings, type ReportModel } from "./report-model";

export type VerdictCount = { rating: VerdictRating; label: string; count: number };

/** Claims per verdict in the scale's order, with every verdict listed (zero included) so tables line up across reports. */
export function verdictCounts(model: ReportModel): VerdictCount[] {
  const claims = reportedFindings(model).filter((f) => f.kind === "CLAIM");
  return VERDICT_SCALE.map((v) => ({
    rating: v.rating,
    label: v.label,
    count: claims.filter((c) => c.verdict?.rating === v.rating).length,
  }));
}

/** The colour of each verdict in the report (print-safe, distinguishable in greyscale by its label). */
export const VERDICT_COLOURS: Record<VerdictRating, string> = {
  TRUE: "#1b7f3b",
  MOSTLY_TRUE: "#5a9a2f",
  MIXED: "#b88a00",
  MOSTLY_FALSE: "#d0642a",
  FALSE: "#b3261e",
  MISLEADING: "#8e3fa8",
  UNVERIFIABLE: "#5f6b7a",
};
