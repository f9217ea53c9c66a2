import { z } from "zod";
import { recordId, recordVersion } from "@/lib/validation/fields";
import { textSizeProblem } from "@/lib/import/byte-size";
import { MAX_SPAN_LENGTH } from "@/lib/validation/annotation";

export const correctArticleSchema = z.object({
  articleId: recordId,
  /** The revision the editor corrected: a correction on top of someone else's is refused. */
  revision: recordVersion,
  text: z
    .string()
    .min(1, "The corrected text is empty.")
    .superRefine((text, ctx) => {
      const tooLarge = textSizeProblem("text", text);
      if (tooLarge) ctx.addIssue({ code: "custom", message: tooLarge });
    }),
});
export type CorrectArticleInput = z.infer<typeof correctArticleSchema>;

export const reattachAnnotationSchema = z.object({
  annotationId: recordId,
  version: recordVersion,
  articleRevision: recordVersion,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  exact: z.string().min(1).max(MAX_SPAN_LENGTH),
});

export type CorrectionSummary = { reanchored: number; orphaned: number };

/** "?corrected=<moved>-<orphaned>": what a saved correction's redirect tells the article page. */
export const correctionSummaryParam = ({ reanchored, orphaned }: CorrectionSummary) => `${reanchored}-${orphaned}`;

const correctionSummarySchema = z
  .string()
  .regex(/^\d{1,9}-\d{1,9}$/)
  .transform((value): CorrectionSummary => {
    const [reanchored, orphaned] = value.split("-").map(Number);
    return { reanchored: reanchored!, orphaned: orphaned! };
  });

/** The counts of a saved correction, or null for anything a hand-edited URL may hold instead: the notice is then left out. */
export function readCorrectionSummary(value: unknown): CorrectionSummary | null {
  const parsed = correctionSummarySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
